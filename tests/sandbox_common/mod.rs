//! Run the real `coach` on an adversarial program and check that nothing escaped.
//!
//! Every run gets a scene of its own: a fresh base directory holding a copy of the fixture
//! catalog (with the runner's `TMPDIR` inside it, so `../../graders/...` from the scratch
//! directory really points at the hidden tests), an `outside/` folder of victim files, and the
//! learner's file. After the run, [`Probe::run`] asserts what must hold for every program:
//! the runner survived and printed JSON, no process of the run is left, the scratch directory
//! is gone, no marker file appeared outside it, the victims are intact, the host's secret
//! environment variable never shows, no listener of the test was reached, and a stopped
//! bystander process is still stopped. The scene kills what is left and removes its files when
//! dropped, so a failing test leaves nothing behind either.

#![allow(dead_code)]

use std::io::Read;
use std::net::{IpAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

mod scene;

use scene::{Scene, program_started};

/// The uid and gid of `nobody`, for the unprivileged runs.
pub const NOBODY: u32 = 65534;
/// How long one run of the runner may take before the test gives up on it.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/sandbox")
}

/// Why the unprivileged runs cannot happen here, if they cannot.
pub fn nobody_unavailable() -> Option<String> {
    if !rustix::process::geteuid().is_root() {
        return Some("not running as root, so cannot switch to nobody".into());
    }
    for tool in ["/usr/bin/setpriv", "/usr/bin/python3"] {
        if !Path::new(tool).exists() {
            return Some(format!("{tool} is missing"));
        }
    }
    None
}

/// Skip an unprivileged test, saying why, when it cannot run here.
#[macro_export]
macro_rules! require_nobody {
    () => {
        if let Some(reason) = $crate::sandbox_common::nobody_unavailable() {
            // NOTE: straight to stderr, past the test harness's capture, so the skip shows.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED (unprivileged sandbox test): {reason}"
            );
            return;
        }
    };
}

/// One adversarial program to grade, and how.
pub struct Probe {
    program: String,
    exercise: String,
    nobody: bool,
    strict: bool,
    loopback_expected: bool,
    host_ip: Option<IpAddr>,
}

impl Probe {
    /// `program` is a file name under tests/fixtures/sandbox/programs; it is graded as the
    /// `probe` exercise unless [`Probe::exercise`] says otherwise.
    pub fn new(program: &str) -> Probe {
        Probe {
            program: program.into(),
            exercise: "probe".into(),
            nobody: false,
            strict: false,
            loopback_expected: false,
            host_ip: None,
        }
    }

    pub fn exercise(mut self, slug: &str) -> Probe {
        self.exercise = slug.into();
        self
    }

    /// Run coach as `nobody` (with /usr/bin/python3, since root's pyenv is out of reach).
    pub fn unprivileged(mut self) -> Probe {
        self.nobody = true;
        self
    }

    pub fn strict(mut self) -> Probe {
        self.strict = true;
        self
    }

    /// Listen on this non-loopback address of the machine instead of 127.0.0.1.
    pub fn host_ip(mut self, ip: IpAddr) -> Probe {
        self.host_ip = Some(ip);
        self
    }

    /// Grade the program, check every invariant, and return the report for more checks.
    pub fn run(self) -> Report {
        let scene = Scene::new(&self);
        let mut child = scene.command(&self).spawn().expect("coach starts");
        let output = collect(&mut child);
        let report = Report {
            code: output.0,
            stdout: output.1,
            stderr: output.2,
            json: serde_json::Value::Null,
            scene,
        };
        report.check_invariants(&self)
    }

    /// Start the runner, kill it with SIGKILL once the program says it has started (by
    /// creating a file named `started` in its scratch directory), and check that no
    /// process of the run outlives it.
    pub fn run_and_kill_runner(self) {
        let scene = Scene::new(&self);
        self.start_and_kill(&scene);
        scene.assert_no_process_left("after the runner was killed with SIGKILL");
    }

    /// Kill the runner as [`Probe::run_and_kill_runner`] does, then run it again in the
    /// same TMPDIR: the second run removes the scratch directory the first one left, but
    /// not one of a runner that is still alive.
    pub fn kill_runner_then_run_again(self) {
        let scene = Scene::new(&self);
        self.start_and_kill(&scene);
        let left = std::fs::read_dir(&scene.tmp).map_or(0, |e| e.count());
        assert!(
            left > 0,
            "the killed runner left no scratch directory to clean up"
        );
        let namespace = std::fs::read_link("/proc/self/ns/pid").expect("pid namespace");
        let namespace = namespace.to_string_lossy();
        let namespace = &namespace["pid:[".len()..namespace.len() - 1];
        let alive = scene
            .tmp
            .join(format!("coach-{namespace}-{}-alive", std::process::id()));
        std::fs::create_dir(&alive).expect("a scratch directory of a live runner");

        let mut child = scene.command(&self).spawn().expect("coach starts");
        let output = collect(&mut child);
        assert!(output.0 == 0 || output.0 == 1, "second run: {output:?}");
        assert!(
            alive.is_dir(),
            "a live runner's scratch directory was removed"
        );
        std::fs::remove_dir(&alive).expect("remove");
        scene.assert_scratch_removed("after a second run");
        scene.assert_no_process_left("after a second run");
    }

    fn start_and_kill(&self, scene: &Scene) {
        let mut child = scene.command(self).spawn().expect("coach starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !program_started(&scene.tmp) {
            if Instant::now() > deadline {
                let _ = child.kill();
                let output = collect(&mut child);
                panic!(
                    "the program never started (exit {}):\n{}\n{}",
                    output.0, output.1, output.2
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // NOTE: give the program a moment to get from creating the file to its wait.
        std::thread::sleep(Duration::from_millis(200));
        child.kill().expect("SIGKILL to coach");
        let _ = child.wait();
    }
}

fn collect(child: &mut Child) -> (i32, String, String) {
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        text
    });
    let status = match wait_timeout::ChildExt::wait_timeout(child, RUN_TIMEOUT) {
        Ok(Some(status)) => status,
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("coach did not finish within {RUN_TIMEOUT:?}");
        }
    };
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    (status.code().unwrap_or(-1), stdout, stderr)
}

/// What the runner said, with the scene it ran in (kept alive until the report is dropped).
pub struct Report {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub json: serde_json::Value,
    scene: Scene,
}

impl Report {
    fn check_invariants(mut self, probe: &Probe) -> Report {
        let context = format!(
            "program {} ({}), exit {}\nstdout:\n{}\nstderr:\n{}",
            probe.program, probe.exercise, self.code, self.stdout, self.stderr
        );
        assert!(
            self.code == 0 || self.code == 1,
            "the runner did not survive: {context}"
        );
        self.json = serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("the report is not JSON ({e}): {context}"));
        assert_eq!(
            self.json["sandbox"]["limits"], true,
            "limits not in force: {context}"
        );
        let scene = &mut self.scene;
        assert!(
            !self.stdout.contains(&scene.secret) && !self.stderr.contains(&scene.secret),
            "the runner's environment leaked into the report: {context}"
        );
        scene.assert_no_process_left(&context);
        scene.assert_scratch_removed(&context);
        scene.assert_no_marker(&context);
        scene.assert_victims_intact(&context);
        scene.assert_listeners(probe.loopback_expected, &context);
        scene.assert_canary_stopped(&context);
        self
    }

    pub fn verdicts(&self) -> Vec<String> {
        self.json["cases"]
            .as_array()
            .map(|cases| {
                cases
                    .iter()
                    .map(|c| c["verdict"].as_str().unwrap_or("?").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Assert the verdict of every case, in order.
    pub fn expect(&self, verdicts: &[&str]) -> &Self {
        let messages: Vec<String> = (0..self.verdicts().len())
            .map(|i| self.message(i))
            .collect();
        assert_eq!(
            self.verdicts(),
            verdicts,
            "verdicts (messages {messages:?})\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Assert the first case's verdict and that grading resumed: the second case passed.
    pub fn first_case(&self, verdict: &str) -> &Self {
        self.expect(&[verdict, "passed"])
    }

    pub fn message(&self, case: usize) -> String {
        self.json["cases"][case]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn printed(&self, case: usize) -> String {
        self.json["cases"][case]["printed"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn message_has(&self, case: usize, text: &str) -> &Self {
        let message = self.message(case);
        assert!(
            message.contains(text),
            "message of case {case} lacks {text:?}: {message}"
        );
        self
    }

    pub fn printed_has(&self, case: usize, text: &str) -> &Self {
        let printed = self.printed(case);
        assert!(
            printed.contains(text),
            "printed of case {case} lacks {text:?}: {printed}"
        );
        self
    }

    pub fn tcp_connections(&self) -> usize {
        self.scene.tcp_connections
    }
}

/// An address of this machine that is not a loopback one, if it has one.
pub fn host_ip() -> Option<IpAddr> {
    for target in ["192.0.2.1:9", "10.255.255.254:9", "8.8.8.8:53"] {
        let Ok(socket) = UdpSocket::bind("0.0.0.0:0") else {
            continue;
        };
        if socket.connect(target).is_err() {
            continue;
        }
        if let Ok(address) = socket.local_addr() {
            let ip = address.ip();
            if !ip.is_loopback() && !ip.is_unspecified() {
                return Some(ip);
            }
        }
    }
    None
}
