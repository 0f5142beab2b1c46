//! Adversarial programs against the sandbox, through the real binary and real Python.
//!
//! Each program under tests/fixtures/sandbox/programs is graded as one exercise of the
//! fixture catalog tests/fixtures/sandbox/catalog: `probe`, `probe-processes` (with
//! `[sandbox] processes = true`), `probe-network` (with `network = "loopback"`) or
//! `probe-hidden` (whose second case is hidden). The first case is `run() -> 'ok'`, the
//! second `len('ok') -> 2`, which shows that grading resumes after whatever the program did.
//! Programs that attack the sandbox return 'ok' only when every attempt failed, and otherwise
//! describe what succeeded (a wrong answer); programs that abuse a resource get that
//! resource's verdict. `Probe::run` checks what must hold for every program (see
//! tests/sandbox_common/mod.rs); each test adds the verdicts.
//!
//! Tests marked `#[ignore]` describe sandbox gaps found by this suite: they assert the right
//! behaviour and fail until the gap is closed (`cargo test --test sandbox -- --ignored`).

#![cfg(target_os = "linux")]

mod sandbox_common;

use sandbox_common::{Probe, host_ip};

const TLE: &str = "time_limit_exceeded";
const MLE: &str = "memory_limit_exceeded";
const OLE: &str = "output_limit_exceeded";
const RTE: &str = "runtime_error";
const PASSED: &str = "passed";

// ---------------------------------------------------------------------------------------
// Time

#[test]
fn a_busy_loop_is_stopped_at_the_deadline() {
    Probe::new("busy_loop.py")
        .run()
        .first_case(TLE)
        .message_has(0, "CPU");
}

#[test]
fn sleeping_is_stopped_at_the_deadline() {
    let report = Probe::new("sleeps.py").run();
    report
        .first_case(TLE)
        .message_has(0, "waiting, sleeping or blocked");
    // far from its memory limit, so the message does not mention memory
    assert!(
        !report.message(0).contains("memory"),
        "{}",
        report.message(0)
    );
}

#[test]
fn a_program_cannot_stop_itself_with_sigstop() {
    // It is the first process of its PID namespace, which ignores signals it has no
    // handler for from inside the namespace; were it stopped, the wall-clock deadline
    // would still end it.
    Probe::new("sigstop_self.py").run().first_case(PASSED);
}

#[test]
fn ignoring_sigxcpu_does_not_buy_time_nor_a_higher_cpu_limit() {
    Probe::new("ignores_sigxcpu.py").run().first_case(TLE);
}

// ---------------------------------------------------------------------------------------
// Processes

#[test]
fn a_fork_bomb_gets_permission_denied() {
    Probe::new("fork_bomb.py")
        .run()
        .first_case(RTE)
        .message_has(0, "PermissionError");
}

#[test]
fn subprocess_cannot_start_a_process() {
    Probe::new("subprocess_run.py").run().first_case(PASSED);
}

#[test]
fn multiprocessing_cannot_start_a_process() {
    Probe::new("multiprocessing_fork.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn ten_thousand_threads_hit_the_memory_limit_as_an_error() {
    Probe::new("ten_thousand_raw_threads.py")
        .run()
        .first_case(RTE)
        .message_has(0, "can't start new thread");
}

#[test]
fn the_scratch_directory_cannot_fill_the_disk() {
    let report = Probe::new("fills_scratch.py").run();
    assert_eq!(
        report.json["sandbox"]["disk"], "full",
        "the scratch file system was not in force: does this system refuse mount namespaces?\n{}",
        report.stdout
    );
    report.first_case(PASSED);
}

#[test]
fn the_scratch_directory_cannot_use_up_the_inodes() {
    Probe::new("fills_inodes.py").run().first_case(PASSED);
}

#[test]
fn a_program_that_waits_at_its_memory_limit_is_told_so() {
    Probe::new("hoards_memory_then_waits.py")
        .run()
        .first_case(TLE)
        .message_has(0, "reached its memory limit (256MiB)");
}

#[test]
fn ten_thousand_threading_threads_are_stopped_either_way() {
    // NOTE: whether the last thread fails in pthread_create (an error) or only once it
    // runs (CPython's Thread.start then waits forever) depends on the memory layout.
    let report = Probe::new("ten_thousand_threads.py").run();
    let verdicts = report.verdicts();
    assert!(
        matches!(verdicts[0].as_str(), RTE | "time_limit_exceeded") && verdicts[1] == PASSED,
        "{verdicts:?}: {}",
        report.message(0)
    );
    if verdicts[0] == "time_limit_exceeded" {
        // the learner is told why a program with idle threads did not finish
        report.message_has(0, "reached its memory limit");
    } else {
        report.message_has(0, "can't start new thread");
    }
}

#[test]
fn subprocess_and_multiprocessing_work_when_processes_are_allowed() {
    Probe::new("subprocess_allowed.py")
        .exercise("probe-processes")
        .run()
        .first_case(PASSED);
}

#[test]
fn a_daemonized_grandchild_does_not_outlive_the_run() {
    // setsid and a double fork: the grandchild leaves the worker's session and process group
    // and changes to /; the invariants look for it by the token in its command line.
    Probe::new("double_fork_setsid.py")
        .exercise("probe-processes")
        .run()
        .first_case(PASSED);
}

#[test]
fn a_tree_of_sleeping_processes_does_not_outlive_the_run() {
    Probe::new("process_tree.py")
        .exercise("probe-processes")
        .run()
        .first_case(PASSED);
}

#[test]
fn a_child_in_a_process_group_of_its_own_does_not_outlive_the_run() {
    Probe::new("setpgid_escape.py")
        .exercise("probe-processes")
        .run()
        .first_case(PASSED);
}

#[test]
fn a_grandchild_in_a_session_of_its_own_behind_a_live_parent_does_not_outlive_the_run() {
    Probe::new("setsid_behind_live_parent.py")
        .exercise("probe-processes")
        .run()
        .first_case(PASSED);
}

#[test]
fn killing_the_runner_kills_the_worker() {
    Probe::new("sleeps.py").run_and_kill_runner();
}

#[test]
fn the_next_run_removes_the_scratch_directory_a_killed_runner_left() {
    Probe::new("sleeps.py").kill_runner_then_run_again();
}

#[test]
fn killing_the_runner_kills_a_worker_that_cleared_its_death_signal() {
    Probe::new("clears_death_signal.py").run_and_kill_runner();
}

#[test]
fn killing_the_runner_kills_the_learners_children() {
    Probe::new("children_outlive_runner.py")
        .exercise("probe-processes")
        .run_and_kill_runner();
}

// ---------------------------------------------------------------------------------------
// Memory

#[test]
fn a_2gib_bytearray_is_a_memory_limit() {
    Probe::new("bytearray_2g.py").run().first_case(MLE);
}

#[test]
fn a_2gib_anonymous_mmap_is_a_memory_limit() {
    Probe::new("mmap_2g.py").run().first_case(MLE);
}

#[test]
fn returning_a_100mib_value_is_a_memory_limit_not_a_runner_crash() {
    Probe::new("returns_huge_value.py").run().first_case(MLE);
}

#[test]
fn memfds_cannot_hold_more_than_the_memory_limit() {
    Probe::new("memfd_many.py").run().first_case(PASSED);
}

// ---------------------------------------------------------------------------------------
// Files in the scratch directory

#[test]
fn a_file_cannot_grow_past_16mib() {
    Probe::new("big_file.py").run().first_case(PASSED);
}

#[test]
fn a_memfd_cannot_grow_past_16mib() {
    Probe::new("memfd_flood.py").run().first_case(PASSED);
}

#[test]
fn many_files_and_too_many_open_files_are_cleaned_up() {
    Probe::new("many_files.py").run().first_case(PASSED);
}

#[test]
fn a_read_only_or_unreadable_scratch_directory_is_still_removed() {
    Probe::new("unremovable_scratch.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn symlinks_out_of_scratch_give_no_access_and_are_not_followed_by_cleanup() {
    // The invariants check that victim.txt and folder/kept.txt outside are intact and that
    // the scratch directory, with its links and symlink loop, is gone.
    Probe::new("symlinks_out.py").run().first_case(PASSED);
}

// ---------------------------------------------------------------------------------------
// Output

#[test]
fn a_stdout_flood_is_an_output_limit() {
    Probe::new("stdout_flood.py").run().first_case(OLE);
}

#[test]
fn a_stderr_flood_below_python_is_an_output_limit() {
    Probe::new("stderr_flood.py").run().first_case(OLE);
}

#[test]
fn two_hundred_kib_of_prints_pass_without_deadlock() {
    Probe::new("legit_output.py")
        .run()
        .first_case(PASSED)
        .printed_has(0, "0123456789");
}

#[test]
fn two_hundred_kib_written_to_fd_1_pass_without_deadlock() {
    Probe::new("legit_output_fd.py")
        .run()
        .first_case(PASSED)
        .printed_has(0, "abcdefghi");
}

#[test]
fn closing_stdout_and_stderr_does_not_break_grading() {
    Probe::new("closes_stdout.py").run().first_case(PASSED);
}

#[test]
fn bytes_that_are_not_utf8_on_stdout_and_stderr_are_shown_safely() {
    // NOTE: what goes straight to file descriptors 1 and 2 may be reported with the next
    // case (see fd_output_is_reported_with_its_case), so only Python's part is checked here.
    Probe::new("non_utf8_output.py")
        .run()
        .first_case(PASSED)
        .printed_has(0, "\\xff\\xfe through sys.stdout.buffer");
}

#[test]
fn fd_output_is_reported_with_its_case() {
    let report = Probe::new("fd_output_attribution.py").run();
    report
        .first_case(PASSED)
        .printed_has(0, "written to fd 1 by the first case")
        .printed_has(0, "written to fd 2 by the first case");
    assert_eq!(
        report.printed(1),
        "",
        "the first case's output went to the second"
    );
}

#[test]
fn printing_a_lone_surrogate_is_not_an_internal_error() {
    Probe::new("lone_surrogate_print.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn raising_with_a_lone_surrogate_is_a_runtime_error() {
    Probe::new("lone_surrogate_raise.py").run().first_case(RTE);
}

// ---------------------------------------------------------------------------------------
// Exits and crashes

#[test]
fn sys_exit_is_a_runtime_error() {
    Probe::new("sys_exit.py")
        .run()
        .first_case(RTE)
        .message_has(0, "sys.exit(3)");
}

#[test]
fn os_exit_0_with_unflushed_prints_is_a_runtime_error_not_a_pass() {
    Probe::new("os_exit_unflushed.py")
        .run()
        .first_case(RTE)
        .message_has(0, "exited with code 0");
}

#[test]
fn a_segfault_through_ctypes_is_a_runtime_error() {
    Probe::new("segfault.py")
        .run()
        .first_case(RTE)
        .message_has(0, "SIGSEGV");
}

#[test]
fn a_c_stack_overflow_is_a_runtime_error() {
    Probe::new("deep_recursion_c.py")
        .run()
        .first_case(RTE)
        .message_has(0, "SIGSEGV");
}

#[test]
fn the_repr_of_a_million_nested_lists_is_a_recursion_error() {
    Probe::new("nested_repr.py")
        .run()
        .first_case(RTE)
        .message_has(0, "RecursionError");
}

#[test]
fn a_forged_result_line_does_not_pass_the_case() {
    Probe::new("forges_results.py")
        .run()
        .first_case(RTE)
        .message_has(0, "results channel");
}

#[test]
fn the_workers_code_cannot_be_reached_through_main() {
    Probe::new("calls_worker_sender.py")
        .run()
        .first_case("wrong_answer");
}

#[test]
fn replacing_json_dumps_does_not_forge_a_result() {
    Probe::new("patches_json.py")
        .run()
        .first_case(RTE)
        .message_has(0, "the real answer is an error");
}

#[test]
fn a_ready_line_forged_while_loading_is_an_error_not_a_grade() {
    let report = Probe::new("forges_ready_at_load.py").run();
    assert_eq!(report.json["status"], "error", "{}", report.stdout);
    let message = report.json["message"].as_str().unwrap_or_default();
    assert!(message.contains("results channel"), "{message}");
    assert_eq!(report.code, 1);
}

#[test]
fn a_hidden_expected_value_cannot_be_found_in_the_worker() {
    // The hidden case expects a string the program hunts for through every object, frame and
    // global it can reach; had it found one, it would return it and pass.
    Probe::new("hunts_expected_value.py")
        .exercise("probe-hidden")
        .run()
        .expect(&[PASSED, "wrong_answer"]);
}

// ---------------------------------------------------------------------------------------
// File system

#[test]
fn the_hidden_tests_and_host_files_cannot_be_read_or_listed() {
    Probe::new("reads_graders.py").run().first_case(PASSED);
}

#[test]
fn the_runners_descriptors_and_environment_are_out_of_reach_through_proc() {
    Probe::new("reads_proc.py").run().first_case(PASSED);
}

#[test]
fn nothing_outside_scratch_can_be_written() {
    Probe::new("writes_outside.py").run().first_case(PASSED);
}

#[test]
fn no_metadata_outside_scratch_can_change() {
    Probe::new("changes_metadata_outside.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn learner_code_runs_without_capabilities() {
    Probe::new("drops_capabilities.py").run().first_case(PASSED);
}

// ---------------------------------------------------------------------------------------
// Network

#[test]
fn tcp_is_denied_without_network() {
    Probe::new("tcp_connect.py").run().first_case(PASSED);
}

#[test]
fn udp_is_denied_without_network() {
    Probe::new("udp_send.py").run().first_case(PASSED);
}

#[test]
fn a_unix_socketpair_still_works() {
    Probe::new("unix_socketpair.py").run().first_case(PASSED);
}

#[test]
fn a_host_unix_socket_cannot_be_reached() {
    Probe::new("unix_socket_outside.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn loopback_tcp_works_inside_the_sandbox_only() {
    let report = Probe::new("loopback_tcp.py")
        .exercise("probe-network")
        .run();
    report.first_case(PASSED);
    assert_eq!(
        report.tcp_connections(),
        0,
        "a service on the host's loopback was reached"
    );
    assert_eq!(
        report.json["sandbox"]["networking"], "loopback",
        "{}",
        report.stdout
    );
}

#[test]
fn loopback_networking_cannot_reach_a_non_loopback_address() {
    let Some(ip) = host_ip() else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: this machine has no non-loopback address"
        );
        return;
    };
    Probe::new("non_loopback_tcp.py")
        .exercise("probe-network")
        .host_ip(ip)
        .run()
        .first_case(PASSED);
}

#[test]
fn loopback_networking_allows_no_raw_packet_or_netlink_sockets() {
    Probe::new("raw_sockets.py")
        .exercise("probe-network")
        .run()
        .first_case(PASSED);
}

// ---------------------------------------------------------------------------------------
// Signals, kernel interfaces, environment

#[test]
fn no_signal_reaches_the_runner_or_a_bystander() {
    Probe::new("signals_runner.py").run().first_case(PASSED);
}

#[test]
fn no_limit_priority_or_scheduling_of_another_process_can_change() {
    Probe::new("reaches_other_processes.py")
        .run()
        .first_case(PASSED);
}

#[test]
fn every_program_has_a_pid_namespace_of_its_own() {
    Probe::new("pid_namespace.py").run().first_case(PASSED);
}

#[cfg(target_arch = "x86_64")]
#[test]
fn ptrace_bpf_io_uring_namespaces_and_mounts_are_denied() {
    Probe::new("kernel_interfaces.py").run().first_case(PASSED);
}

#[cfg(target_arch = "x86_64")]
#[test]
fn system_v_ipc_and_message_queues_are_denied() {
    Probe::new("ipc_objects.py").run().first_case(PASSED);
}

#[cfg(target_arch = "x86_64")]
#[test]
fn system_v_ipc_and_message_queues_are_denied_to_an_unprivileged_user() {
    Probe::new("ipc_objects.py")
        .unprivileged()
        .run()
        .first_case(PASSED);
}

#[test]
fn the_environment_holds_nothing_of_the_host() {
    // The invariants also check that COACH_SECRET_MARKER, set for the runner, never shows.
    Probe::new("prints_environment.py")
        .run()
        .first_case(PASSED)
        .printed_has(0, "PATH=")
        .printed_has(0, "HOME=");
}

// ---------------------------------------------------------------------------------------
// --strict

#[test]
fn strict_grades_with_landlock_and_seccomp_in_full() {
    let report = Probe::new("kernel_interfaces.py").strict().run();
    report.first_case(PASSED);
    assert_eq!(
        report.json["sandbox"]["landlock"], "full",
        "{}",
        report.stdout
    );
    assert_eq!(
        report.json["sandbox"]["seccomp"], "full",
        "{}",
        report.stdout
    );
}

#[test]
fn strict_grades_the_processes_variant_too() {
    let report = Probe::new("double_fork_setsid.py")
        .exercise("probe-processes")
        .strict()
        .run();
    report.first_case(PASSED);
    assert_eq!(
        report.json["sandbox"]["landlock"], "full",
        "{}",
        report.stdout
    );
    assert_eq!(
        report.json["sandbox"]["seccomp"], "full",
        "{}",
        report.stdout
    );
}

// ---------------------------------------------------------------------------------------
// The same attacks from an unprivileged runner (setpriv to nobody, /usr/bin/python3)

mod unprivileged {
    use super::*;
    use crate::require_nobody;

    #[test]
    fn hidden_tests_stay_hidden() {
        require_nobody!();
        Probe::new("reads_graders.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn the_scratch_directory_cannot_fill_the_disk() {
        require_nobody!();
        let report = Probe::new("fills_scratch.py").unprivileged().run();
        report.first_case(PASSED);
        assert_eq!(report.json["sandbox"]["disk"], "full", "{}", report.stdout);
    }

    #[test]
    fn proc_gives_nothing_of_the_runner() {
        require_nobody!();
        Probe::new("reads_proc.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn nothing_outside_scratch_can_be_written() {
        require_nobody!();
        // Here `outside` belongs to nobody, like the grading user's own files.
        Probe::new("writes_outside.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn symlinks_give_no_access() {
        require_nobody!();
        Probe::new("symlinks_out.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn a_read_only_scratch_directory_is_still_removed() {
        require_nobody!();
        Probe::new("unremovable_scratch.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn no_metadata_of_the_users_files_can_change() {
        require_nobody!();
        Probe::new("changes_metadata_outside.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn no_signal_reaches_the_runner() {
        require_nobody!();
        Probe::new("signals_runner.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn tcp_and_udp_are_denied() {
        require_nobody!();
        Probe::new("tcp_connect.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
        Probe::new("udp_send.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn a_unix_socket_of_the_user_cannot_be_reached() {
        require_nobody!();
        Probe::new("unix_socket_outside.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn fork_is_denied() {
        require_nobody!();
        Probe::new("fork_bomb.py")
            .unprivileged()
            .run()
            .first_case(RTE)
            .message_has(0, "PermissionError");
        Probe::new("subprocess_run.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[test]
    fn the_environment_holds_nothing_of_the_host() {
        require_nobody!();
        Probe::new("prints_environment.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn kernel_interfaces_are_denied_and_no_capability_is_held() {
        require_nobody!();
        Probe::new("kernel_interfaces.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
        Probe::new("drops_capabilities.py")
            .unprivileged()
            .run()
            .first_case(PASSED);
    }
}

// ---------------------------------------------------------------------------------------
// The fixture catalog itself

#[test]
fn the_fixture_catalog_is_valid() {
    let tmp = tempfile::tempdir().expect("a TMPDIR");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_coach"))
        .env("TMPDIR", tmp.path())
        .env_remove("COACH_CATALOG")
        .env_remove("COACH_GRADERS")
        .env("NO_COLOR", "1")
        .arg("--catalog")
        .arg(sandbox_common::fixtures().join("catalog"))
        .arg("validate")
        .output()
        .expect("coach runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
