//! The scene of one run: a base directory with a copy of the fixture catalog (the runner's
//! TMPDIR inside it), victim files, the learner's file, listeners and a stopped bystander; the
//! checks that read it after the run; and the cleanup that leaves nothing behind.

use std::net::{IpAddr, Ipv4Addr, TcpListener, UdpSocket};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal, kill_process};

use super::{NOBODY, Probe, fixtures, repo};

/// How long a process of the run may take to disappear after the runner is done.
const GRACE: Duration = Duration::from_secs(2);
const VICTIM: &str = "victim\n";
const KEPT: &str = "kept\n";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Everything one run needs outside the runner, removed when dropped.
pub(super) struct Scene {
    pub(super) base: tempfile::TempDir,
    pub(super) token: String,
    pub(super) secret: String,
    pub(super) catalog: PathBuf,
    /// The runner's TMPDIR: its scratch directories go here.
    pub(super) tmp: PathBuf,
    pub(super) outside: PathBuf,
    pub(super) solution: PathBuf,
    pub(super) tcp: Option<TcpListener>,
    pub(super) tcp6: Option<TcpListener>,
    pub(super) udp: Option<UdpSocket>,
    pub(super) unix: Option<UnixListener>,
    pub(super) abstract_unix: Option<UnixListener>,
    pub(super) canary: Option<Child>,
    pub(super) tcp_connections: usize,
    pub(super) markers: Vec<PathBuf>,
}

impl Scene {
    pub(super) fn new(probe: &Probe) -> Scene {
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
    pub(super) fn instantiate(&mut self, source: &str, probe: &Probe) -> String {
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
    pub(super) fn hand_to_nobody(&self, root: &Path) {
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

    pub(super) fn command(&self, probe: &Probe) -> Command {
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
    pub(super) fn processes(&self) -> Vec<(u32, String)> {
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

    pub(super) fn assert_no_process_left(&self, context: &str) {
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

    pub(super) fn kill_leftovers(&self) {
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

    pub(super) fn assert_scratch_removed(&self, context: &str) {
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

    pub(super) fn assert_no_marker(&self, context: &str) {
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

    pub(super) fn assert_victims_intact(&self, context: &str) {
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

    pub(super) fn assert_listeners(&mut self, loopback_expected: bool, context: &str) {
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

    pub(super) fn assert_canary_stopped(&self, context: &str) {
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
/// Has a program of the run created a file named `started` in its working directory?
/// Its scratch directory is a file system of its own, seen only through its processes
/// (or, where the system refused that, the directory itself).
pub(super) fn program_started(tmp: &Path) -> bool {
    if find_named(tmp, "started").is_some() {
        return true;
    }
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return false;
    };
    entries.filter_map(Result::ok).any(|entry| {
        let cwd = entry.path().join("cwd");
        std::fs::read_link(&cwd).is_ok_and(|dir| dir.starts_with(tmp))
            && cwd.join("started").exists()
    })
}

pub(super) fn find_named(dir: &Path, name: &str) -> Option<PathBuf> {
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
