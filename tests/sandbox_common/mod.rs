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
use std::net::{IpAddr, Ipv4Addr, TcpListener, UdpSocket};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal, kill_process};

/// The uid and gid of `nobody`, for the unprivileged runs.
pub const NOBODY: u32 = 65534;
/// How long a process of the run may take to disappear after the runner is done.
const GRACE: Duration = Duration::from_secs(2);
/// How long one run of the runner may take before the test gives up on it.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);
const VICTIM: &str = "victim\n";
const KEPT: &str = "kept\n";

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
            eprintln!("SKIPPED (unprivileged sandbox test): {reason}");
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

    /// The program is allowed to reach the test's TCP listener (loopback networking).
    pub fn expect_loopback_connection(mut self) -> Probe {
        self.loopback_expected = true;
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
        let mut child = scene.command(&self).spawn().expect("coach starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while find_named(&scene.tmp, "started").is_none() {
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
        scene.assert_no_process_left("after the runner was killed with SIGKILL");
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

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Everything one run needs outside the runner, removed when dropped.
struct Scene {
    base: tempfile::TempDir,
    token: String,
    secret: String,
    catalog: PathBuf,
    /// The runner's TMPDIR: its scratch directories go here.
    tmp: PathBuf,
    outside: PathBuf,
    solution: PathBuf,
    tcp: Option<TcpListener>,
    tcp6: Option<TcpListener>,
    udp: Option<UdpSocket>,
    unix: Option<UnixListener>,
    abstract_unix: Option<UnixListener>,
    canary: Option<Child>,
    tcp_connections: usize,
    markers: Vec<PathBuf>,
}

impl Scene {
    fn new(probe: &Probe) -> Scene {
        let token = format!(
            "t{}n{}x{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        );
        let base = tempfile::Builder::new()
            .prefix("coach-sandbox-test-")
            .tempdir()
            .expect("a base directory");
        let root = base.path().to_owned();
        let catalog = root.join("catalog");
        copy_tree(&fixtures().join("catalog"), &catalog);
        let tmp = catalog.join("tmp");
        let outside = root.join("outside");
        let work = root.join("work");
        for dir in [&tmp, &outside, &outside.join("folder"), &work] {
            std::fs::create_dir_all(dir).expect("mkdir");
        }
        std::fs::write(outside.join("victim.txt"), VICTIM).expect("victim");
        std::fs::write(outside.join("folder/kept.txt"), KEPT).expect("kept");
        for (path, mode) in [
            (outside.join("victim.txt"), 0o644),
            (outside.clone(), 0o755),
        ] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
        }
        let mut scene = Scene {
            markers: marker_paths(&token, &outside, &catalog),
            base,
            secret: format!("secret-{token}-must-not-leak"),
            token,
            catalog,
            tmp,
            outside,
            solution: work.join("probe.py"),
            tcp: None,
            tcp6: None,
            udp: None,
            unix: None,
            abstract_unix: None,
            canary: None,
            tcp_connections: 0,
        };
        let source = std::fs::read_to_string(fixtures().join("programs").join(&probe.program))
            .unwrap_or_else(|e| panic!("cannot read program {}: {e}", probe.program));
        let source = scene.instantiate(&source, probe);
        std::fs::write(&scene.solution, source).expect("write the solution");
        if probe.nobody {
            scene.hand_to_nobody(&root);
        }
        scene
    }

    /// Replace the placeholders of a program, setting up what they refer to.
    fn instantiate(&mut self, source: &str, probe: &Probe) -> String {
        let mut text = source
            .replace("@CATALOG@", &self.catalog.to_string_lossy())
            .replace("@REPO@", &repo().to_string_lossy())
            .replace("@OUTSIDE@", &self.outside.to_string_lossy())
            .replace("@TOKEN@", &self.token)
            .replace("@TESTPID@", &std::process::id().to_string());
        if text.contains("@TCP_PORT@") {
            let ip = probe.host_ip.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
            let listener = TcpListener::bind((ip, 0)).expect("a TCP listener");
            let port = listener.local_addr().expect("port").port();
            self.tcp6 = TcpListener::bind(("::1", port)).ok();
            self.tcp = Some(listener);
            text = text
                .replace("@TCP_PORT@", &port.to_string())
                .replace("@HOST_IP@", &ip.to_string());
        }
        if text.contains("@UDP_PORT@") {
            let socket = UdpSocket::bind("127.0.0.1:0").expect("a UDP socket");
            let port = socket.local_addr().expect("port").port();
            self.udp = Some(socket);
            text = text.replace("@UDP_PORT@", &port.to_string());
        }
        if text.contains("host.sock") {
            let path = self.outside.join("host.sock");
            let listener = UnixListener::bind(&path).expect("a Unix listener");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o777))
                .expect("chmod the socket");
            self.unix = Some(listener);
            use std::os::linux::net::SocketAddrExt;
            let name = std::os::unix::net::SocketAddr::from_abstract_name(self.token.as_bytes())
                .expect("an abstract name");
            self.abstract_unix = Some(UnixListener::bind_addr(&name).expect("abstract listener"));
        }
        if text.contains("@CANARY@") {
            let canary = Command::new("sleep")
                .arg("30")
                .stdin(Stdio::null())
                .spawn()
                .expect("a canary process");
            let pid = canary.id();
            signal(pid, Signal::STOP);
            let deadline = Instant::now() + Duration::from_secs(5);
            while process_state(pid) != Some('T') && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
            self.canary = Some(canary);
            text = text.replace("@CANARY@", &pid.to_string());
        }
        for leftover in [
            "@CATALOG@",
            "@TCP_PORT@",
            "@UDP_PORT@",
            "@HOST_IP@",
            "@CANARY@",
        ] {
            assert!(
                !text.contains(leftover),
                "{leftover} left in {}",
                probe.program
            );
        }
        text
    }

    /// Let `nobody` run coach here: it may read everything, and write its TMPDIR and the
    /// `outside` folder (which stands for the grading user's own files).
    fn hand_to_nobody(&self, root: &Path) {
        std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        for path in [
            self.tmp.clone(),
            self.outside.clone(),
            self.outside.join("victim.txt"),
            self.outside.join("folder"),
            self.outside.join("folder/kept.txt"),
        ] {
            std::os::unix::fs::chown(&path, Some(NOBODY), Some(NOBODY)).expect("chown");
        }
    }

    fn command(&self, probe: &Probe) -> Command {
        // NOTE: a hard link of the binary, so a `cargo build` that replaces
        // target/debug/coach during the run (another test run, an editor) cannot pull the
        // runner's own executable away while it re-executes itself as the sandbox helper.
        let link = self.base.path().join("coach");
        let coach = match std::fs::hard_link(env!("CARGO_BIN_EXE_coach"), &link) {
            Ok(()) => link,
            Err(_) => PathBuf::from(env!("CARGO_BIN_EXE_coach")),
        };
        let mut command = if probe.nobody {
            let mut command = Command::new("/usr/bin/setpriv");
            command
                .arg(format!("--reuid={NOBODY}"))
                .arg(format!("--regid={NOBODY}"))
                .args(["--clear-groups", "--"])
                .arg(&coach);
            command
        } else {
            Command::new(coach)
        };
        command
            .env_remove("COACH_CATALOG")
            .env_remove("COACH_GRADERS")
            .env_remove("COACH_PYTHON")
            .env("NO_COLOR", "1")
            .env("TMPDIR", &self.tmp)
            .env("COACH_SECRET_MARKER", &self.secret)
            .current_dir(self.solution.parent().expect("work dir"))
            .arg("--catalog")
            .arg(&self.catalog);
        if probe.nobody {
            command.args(["--python", "/usr/bin/python3"]);
        }
        if probe.strict {
            command.arg("--strict");
        }
        command
            .args(["check", &probe.exercise, "--format", "json", "--solution"])
            .arg(&self.solution)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// Processes of this run: their working directory is under the base directory, or
    /// their command line names it or the run's token.
    fn processes(&self) -> Vec<(u32, String)> {
        let base = self.base.path();
        let base_text = base.to_string_lossy().into_owned();
        let me = std::process::id();
        let mut found = Vec::new();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return found;
        };
        for entry in entries.filter_map(Result::ok) {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            if pid == me || matches!(process_state(pid), None | Some('Z') | Some('X')) {
                continue;
            }
            let cwd = std::fs::read_link(format!("/proc/{pid}/cwd")).unwrap_or_default();
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|bytes| String::from_utf8_lossy(&bytes).replace('\0', " "))
                .unwrap_or_default();
            if cwd.starts_with(base)
                || cmdline.contains(&base_text)
                || cmdline.contains(&self.token)
            {
                let short: String = cmdline.chars().take(120).collect();
                found.push((
                    pid,
                    format!("pid {pid} in {} running {short}", cwd.display()),
                ));
            }
        }
        found
    }

    fn assert_no_process_left(&self, context: &str) {
        let deadline = Instant::now() + GRACE;
        loop {
            let left = self.processes();
            if left.is_empty() {
                return;
            }
            if Instant::now() > deadline {
                let described: Vec<String> = left.iter().map(|(_, d)| d.clone()).collect();
                self.kill_leftovers();
                panic!(
                    "processes of the run outlived it:\n{}\n{context}",
                    described.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn kill_leftovers(&self) {
        for _ in 0..20 {
            let left = self.processes();
            if left.is_empty() {
                return;
            }
            for (pid, _) in left {
                signal(pid, Signal::KILL);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn assert_scratch_removed(&self, context: &str) {
        let left: Vec<String> = std::fs::read_dir(&self.tmp)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            left.is_empty(),
            "the runner left {left:?} in its TMPDIR {}: {context}",
            self.tmp.display()
        );
    }

    fn assert_no_marker(&self, context: &str) {
        let found: Vec<&PathBuf> = self
            .markers
            .iter()
            .filter(|p| p.symlink_metadata().is_ok())
            .collect();
        assert!(
            found.is_empty(),
            "the program wrote outside its scratch directory: {found:?}\n{context}"
        );
    }

    fn assert_victims_intact(&self, context: &str) {
        let victim = self.outside.join("victim.txt");
        let kept = self.outside.join("folder/kept.txt");
        assert_eq!(
            std::fs::read_to_string(&victim).ok().as_deref(),
            Some(VICTIM),
            "the victim file changed: {context}"
        );
        assert_eq!(
            std::fs::read_to_string(&kept).ok().as_deref(),
            Some(KEPT),
            "the file behind a symlink changed: {context}"
        );
        for (path, mode) in [(&victim, 0o644), (&self.outside, 0o755)] {
            let meta = std::fs::symlink_metadata(path).expect("victim metadata");
            assert_eq!(
                meta.permissions().mode() & 0o7777,
                mode,
                "the mode of {} changed: {context}",
                path.display()
            );
            use std::os::unix::fs::MetadataExt;
            assert!(
                meta.mtime() > 0,
                "the time stamps of {} changed: {context}",
                path.display()
            );
        }
    }

    fn assert_listeners(&mut self, loopback_expected: bool, context: &str) {
        let mut connections = 0;
        for listener in [&self.tcp, &self.tcp6].into_iter().flatten() {
            listener.set_nonblocking(true).expect("nonblocking");
            while listener.accept().is_ok() {
                connections += 1;
            }
        }
        self.tcp_connections = connections;
        if !loopback_expected {
            assert_eq!(
                connections, 0,
                "the program reached the test's TCP listener: {context}"
            );
        }
        if let Some(udp) = &self.udp {
            udp.set_nonblocking(true).expect("nonblocking");
            let mut buffer = [0u8; 64];
            assert!(
                udp.recv_from(&mut buffer).is_err(),
                "the program sent a UDP datagram to the test: {context}"
            );
        }
        for listener in [&self.unix, &self.abstract_unix].into_iter().flatten() {
            listener.set_nonblocking(true).expect("nonblocking");
            assert!(
                listener.accept().is_err(),
                "the program connected to the test's Unix socket {:?}: {context}",
                listener.local_addr()
            );
        }
    }

    fn assert_canary_stopped(&self, context: &str) {
        if let Some(canary) = &self.canary {
            assert_eq!(
                process_state(canary.id()),
                Some('T'),
                "a signal from the program reached a process outside the sandbox: {context}"
            );
        }
    }
}

impl Drop for Scene {
    fn drop(&mut self) {
        self.kill_leftovers();
        if let Some(canary) = &mut self.canary {
            let _ = canary.kill();
            let _ = canary.wait();
        }
        for marker in &self.markers {
            if marker.is_dir() && !marker.is_symlink() {
                let _ = std::fs::remove_dir_all(marker);
            } else if marker.symlink_metadata().is_ok() {
                let _ = std::fs::remove_file(marker);
            }
        }
        // NOTE: the program may have made parts of its scratch directory read-only, and the
        // run may have been killed before cleaning up; open every real folder up so the
        // base directory can go (symlinks are never followed).
        open_up(self.base.path());
    }
}

/// Where a program that escaped would leave `escape-TOKEN` (and `escape-TOKEN.d`).
fn marker_paths(token: &str, outside: &Path, catalog: &Path) -> Vec<PathBuf> {
    let name = format!("escape-{token}");
    let dirs = [
        fixtures(),
        repo(),
        PathBuf::from("/root"),
        PathBuf::from("/tmp"),
        PathBuf::from("/var/tmp"),
        PathBuf::from("/dev/shm"),
        outside.to_owned(),
        catalog.to_owned(),
    ];
    dirs.iter()
        .flat_map(|dir| [dir.join(&name), dir.join(format!("{name}.d"))])
        .collect()
}

fn open_up(dir: &Path) {
    let Ok(meta) = dir.symlink_metadata() else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.filter_map(Result::ok) {
            open_up(&entry.path());
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read the fixture catalog") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A file named `name` anywhere under `dir` (without following symlinks).
fn find_named(dir: &Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_name() == name {
            return Some(path);
        }
        if entry.file_type().is_ok_and(|t| t.is_dir())
            && let Some(found) = find_named(&path, name)
        {
            return Some(found);
        }
    }
    None
}

fn signal(pid: u32, signal: Signal) {
    if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
        let _ = kill_process(pid, signal);
    }
}

/// The state letter of a process (R, S, T, Z, ...), from /proc/PID/stat.
fn process_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat[stat.rfind(')')? + 1..].trim_start().chars().next()
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
