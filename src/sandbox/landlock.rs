//! Landlock: the file system the learner's process may see, its TCP access and its signals.

use std::path::PathBuf;

use anyhow::{Context, Result};
use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, RulesetStatus, Scope, path_beneath_rules,
};

use super::Protection;

/// The newest ABI this code asks for; older kernels get what they support.
const ABI_WANTED: ABI = ABI::V6;

pub struct Rules<'a> {
    /// Readable (and executable): the Python installation, system libraries.
    pub read: &'a [PathBuf],
    /// Readable and writable: the scratch directory.
    pub write: &'a [PathBuf],
    /// Character devices such as /dev/null: read and write, nothing else.
    pub devices: &'a [PathBuf],
    /// TCP bind and connect stay allowed (the exercise asked for loopback networking).
    pub tcp: bool,
    /// Fail unless every rule is enforced.
    pub require: bool,
}

pub fn apply(rules: &Rules) -> Result<Protection> {
    let level = if rules.require {
        CompatLevel::HardRequirement
    } else {
        CompatLevel::BestEffort
    };
    let mut ruleset = Ruleset::default()
        .set_compatibility(level)
        .handle_access(AccessFs::from_all(ABI_WANTED))
        .context("landlock: file system rules")?;
    if !rules.tcp {
        ruleset = ruleset
            .handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)
            .context("landlock: network rules")?;
    }
    let device_access = AccessFs::ReadFile | AccessFs::WriteFile;
    let status = ruleset
        .scope(Scope::AbstractUnixSocket | Scope::Signal)
        .context("landlock: scopes")?
        .create()
        .context("landlock: cannot create a ruleset")?
        .add_rules(path_beneath_rules(
            rules.read,
            AccessFs::from_read(ABI_WANTED),
        ))
        .context("landlock: read-only paths")?
        .add_rules(path_beneath_rules(rules.devices, device_access))
        .context("landlock: devices")?
        .add_rules(path_beneath_rules(
            rules.write,
            AccessFs::from_all(ABI_WANTED),
        ))
        .context("landlock: the scratch directory")?
        .restrict_self()
        .context("landlock: cannot restrict this process")?;
    Ok(match status.ruleset {
        RulesetStatus::FullyEnforced => Protection::Full,
        RulesetStatus::PartiallyEnforced => Protection::Partial,
        RulesetStatus::NotEnforced => Protection::Off,
    })
}
