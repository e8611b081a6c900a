//! Hostile HTTP clients of `automem serve`, and hostile files in its watched folder (issue 13:
//! items 4, 5, 7, 8, 9, 10, error bodies, stored metadata). Each test failed before its fix.
use crate::serve::{Server, answer, join_all, new_version};
use crate::support::component;
use automem::registry::RegistryLimits;
use automem::serve::{AdminAuth, ServeConfig, Validation};
use serde_json::{Value, json};
use std::io::{BufRead, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TOKEN: &str = "test-admin-token-0123456789";

fn with_token(config: &mut ServeConfig) {
    config.admin = AdminAuth::Token(TOKEN.into());
}

fn is_error_body(v: &Value) -> bool {
    v["error"]["kind"].is_string() && v["error"]["message"].is_string()
}

fn addr(server: &Server) -> String {
    server.base.trim_start_matches("http://").to_string()
}

/// Whether the peer closed `stream` (EOF or reset) within `within`; bytes it sends first (an
/// error answer) are read and skipped.
fn closed(stream: &mut TcpStream, within: Duration) -> bool {
    stream.set_read_timeout(Some(within)).unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) => return !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
        }
    }
}

/// Send raw bytes and read the answer until the server closes or `within` passes.
fn raw(addr: &str, request: &[u8], within: Duration) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(request).unwrap();
    stream.set_read_timeout(Some(within)).unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn eight_concurrent_replies_to_one_turn_are_one_answer_and_a_retry_is_409() {
    let server = Server::start_with(RegistryLimits::default(), |_| {});
    let (status, created) =
        server.post("/v1/sessions", json!({"game": "corridor", "seed": 7, "schema": "generic-v0", "max_steps": 12}));
    assert_eq!(status, 201, "{created}");
    let id = created["session"]["id"].as_str().unwrap().to_string();
    assert_eq!(created["turn"]["id"], 1);
    let (text, _, _) = answer(&created["turn"]);
    let path = format!("/v1/sessions/{id}/reply");
    let answers = server.rt.block_on(join_all((0..8).map(|_| {
        let body = json!({"turn": 1, "text": text});
        let (server, path) = (&server, &path);
        async move { server.call(reqwest::Method::POST, path, Some(body)).await }
    })));
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
    for (status, body) in answers.iter().filter(|(s, _)| *s != 200) {
        assert_eq!(*status, 409, "{body}");
        assert!(is_error_body(body), "{body}");
    }
    let (_, state) = server.get(&format!("/v1/sessions/{id}"));
    assert_eq!(state["session"]["turns"], 2, "one reply was taken: {state}");
    assert_eq!(state["turn"]["id"], 2);
    // A client retrying the turn it already answered: 409, and nothing changes.
    let (status, conflict) = server.post(&path, json!({"turn": 1, "text": text}));
    assert_eq!(status, 409);
    assert!(conflict["error"]["message"].as_str().unwrap().contains("already answered"), "{conflict}");
    let (_, after) = server.get(&format!("/v1/sessions/{id}"));
    assert_eq!(after, state);
    // A reply must name its turn.
    let (status, missing) = server.post(&path, json!({"text": text}));
    assert!((400..500).contains(&status) && is_error_body(&missing), "{status} {missing}");
    assert!(missing["error"]["message"].as_str().unwrap().contains("turn"), "{missing}");
    let (_, unchanged) = server.get(&format!("/v1/sessions/{id}"));
    assert_eq!(unchanged, state);
}

#[test]
fn eleven_hundred_half_open_connections_neither_starve_healthz_nor_stay_open() {
    automem::serve::http::raise_fd_limit();
    let server = Server::start_with(RegistryLimits::default(), |c| c.http.header_timeout = Duration::from_secs(2));
    let addr = addr(&server);
    let mut idle: Vec<TcpStream> = (0..1100)
        .map(|i| {
            let mut stream = TcpStream::connect(&addr).unwrap();
            if i % 2 == 1 {
                stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
            }
            stream
        })
        .collect();
    let started = Instant::now();
    let (status, health) = server.get("/healthz");
    assert_eq!((status, &health), (200, &json!({"status": "ok"})));
    assert!(started.elapsed() < Duration::from_secs(1), "/healthz took {:?}", started.elapsed());
    // The header timeout closes every one of them.
    std::thread::sleep(Duration::from_secs(3));
    for (i, stream) in idle.iter_mut().enumerate() {
        assert!(closed(stream, Duration::from_secs(3)), "connection {i} is still open after the header timeout");
    }
}

#[test]
fn shutdown_returns_at_once_with_idle_and_half_open_connections() {
    let mut server = Server::start_with(RegistryLimits::default(), |c| {
        c.http.header_timeout = Duration::from_secs(300);
        c.http.shutdown_grace = Duration::from_secs(60);
    });
    let addr = addr(&server);
    let mut connections: Vec<TcpStream> = (0..20)
        .map(|i| {
            let mut stream = TcpStream::connect(&addr).unwrap();
            if i % 2 == 0 {
                // A finished request on a keep-alive connection.
                stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                let mut buf = [0u8; 512];
                let n = stream.read(&mut buf).unwrap();
                assert!(buf[..n].starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&buf[..n]));
            } else {
                stream.write_all(b"GET /healthz HTTP/1.1\r\n").unwrap();
            }
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let took = server.stop(Duration::from_secs(20)).expect("serve did not return within 20 s");
    assert!(took < Duration::from_secs(3), "shutdown took {took:?}");
    for stream in &mut connections {
        assert!(closed(stream, Duration::from_secs(2)));
    }
}

#[test]
fn a_body_that_does_not_arrive_in_time_gets_408() {
    let server = Server::start_with(RegistryLimits::default(), |c| c.http.body_timeout = Duration::from_secs(1));
    let started = Instant::now();
    let answer = raw(
        &addr(&server),
        b"POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"game\":",
        Duration::from_secs(10),
    );
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"kind\":\"timeout\""), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
}

#[test]
fn uploads_and_promotions_need_the_admin_token() {
    let server = Server::start_with(RegistryLimits::default(), with_token);
    let bytes = new_version(&std::fs::read(component("generic-v0")).unwrap(), "token");
    let hash = automem::cache::sha256_hex(&bytes);
    let (_, before) = server.get("/v1/schemas");
    let latest = before["schemas"][0]["latest"].as_str().unwrap().to_string();
    for (token, expected) in [(None, 401), (Some("wrong-token"), 403), (Some(""), 401)] {
        let (status, refused) = server.upload_with("generic-v0", bytes.clone(), "created_by=x", token);
        assert_eq!(status, expected, "{token:?}: {refused}");
        assert!(is_error_body(&refused), "{refused}");
    }
    let promote = |token: Option<&str>| {
        server.rt.block_on(async {
            let mut request = server
                .http
                .post(format!("{}/v1/schemas/generic-v0/latest", server.base))
                .json(&json!({"hash": latest}));
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            request.send().await.unwrap().status().as_u16()
        })
    };
    assert_eq!(promote(None), 401);
    assert_eq!(promote(Some("wrong-token")), 403);
    // Nothing was published or stored.
    let (_, after) = server.get("/v1/schemas");
    assert_eq!(after, before);
    assert!(!server.dir.path().join("registry/generic-v0").join(format!("{hash}.wasm")).exists());
    // With the token it works.
    let (status, published) = server.upload_with("generic-v0", bytes.clone(), "created_by=x", Some(TOKEN));
    assert_eq!(status, 201, "{published}");
    assert_eq!(promote(Some(TOKEN)), 200);
    // With no token configured, uploads are refused outright, saying how to enable them.
    let closed = Server::start_with(RegistryLimits::default(), |c| c.admin = AdminAuth::Disabled);
    let (status, refused) = closed.upload_with("generic-v0", bytes, "", Some(TOKEN));
    assert_eq!(status, 403, "{refused}");
    assert!(refused["error"]["message"].as_str().unwrap().contains("--admin-token-env"), "{refused}");
}

#[test]
fn a_version_that_behaves_only_on_seed_1_is_refused_by_validation() {
    let server = Server::start_with(RegistryLimits::default(), |c| {
        with_token(c);
        c.validation = Validation { seeds: vec![1, 3, 6, 8], random_seeds: 0, budget: Duration::from_secs(20) };
    });
    let bytes = std::fs::read(component("hostile-schema")).unwrap();
    let (status, refused) = server.upload_with("hostile-schema", bytes, "", Some(TOKEN));
    assert_eq!(status, 422, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("seed 6") && message.contains("timeout"), "{message}");
    // A one-seed smoke test (what validation was) lets it through: the test is meaningful.
    let (runtime, _cache) = crate::support::runtime();
    let plugin = runtime.load_schema(&component("hostile-schema")).unwrap();
    let games = std::collections::BTreeMap::from([(
        "corridor".to_string(),
        runtime.load_game(&component("corridor")).unwrap(),
    )]);
    assert!(automem::serve::smoke_test(&plugin, &games, 5).is_ok());
    // Each validation episode has a time budget.
    let generic = runtime.load_schema(&component("generic-v0")).unwrap();
    let over = automem::serve::validate::validate_episodes(&generic, &games, 5, &[1], Duration::ZERO).unwrap_err();
    assert!(format!("{over:#}").contains("time budget"), "{over:#}");
}

#[test]
fn the_registry_caps_versions_per_name_and_collects_refused_ones() {
    let server = Server::start_with(RegistryLimits { max_versions: 2, keep_refused: 2 }, |_| {});
    for i in 0..5 {
        let (status, refused) = server.upload("generic-v0", format!("not a component {i}").into_bytes());
        assert_eq!(status, 422, "{refused}");
    }
    let (_, listing) = server.get("/v1/schemas");
    let versions = listing["schemas"][0]["versions"].as_array().unwrap().clone();
    assert_eq!(versions.iter().filter(|v| v["status"] == "refused").count(), 2, "{listing}");
    let on_disk = std::fs::read_dir(server.dir.path().join("registry/generic-v0"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "json"))
        .count();
    assert_eq!(on_disk, 3, "one published and two refused versions' metadata");
    let base = std::fs::read(component("generic-v0")).unwrap();
    let (status, second) = server.upload("generic-v0", new_version(&base, "two"));
    assert_eq!(status, 201, "{second}");
    let (status, full) = server.upload("generic-v0", new_version(&base, "three"));
    assert_eq!(status, 409, "{full}");
    assert_eq!(full["error"]["kind"], "registry-full");
    assert!(full["error"]["message"].as_str().unwrap().contains("--max-versions"), "{full}");
}

#[test]
fn stored_metadata_is_capped_and_a_parent_must_be_a_known_version() {
    let server = Server::start_with(RegistryLimits::default(), |_| {});
    let bytes = new_version(&std::fs::read(component("generic-v0")).unwrap(), "meta");
    let (_, before) = server.get("/v1/schemas");
    let latest = before["schemas"][0]["latest"].as_str().unwrap().to_string();
    let long_description = format!("description={}", "a".repeat(5000));
    let long_author = format!("created_by={}", "x".repeat(300));
    for (query, expected) in [
        ("created_by=%1B%5B31mred%1B%5B0m", "control character"),
        ("created_by=two%0Alines", "control character"),
        ("description=%E2%80%AEevil", "control character"),
        (long_description.as_str(), "at most"),
        (long_author.as_str(), "at most"),
        ("parent=..%2F..%2Fetc", "parent"),
        ("parent=0123456789abcdef", "parent"),
    ] {
        let (status, refused) = server.upload_with("generic-v0", bytes.clone(), query, None);
        assert_eq!(status, 422, "{query}: {refused}");
        assert!(refused["error"]["message"].as_str().unwrap().contains(expected), "{query}: {refused}");
    }
    let (_, after) = server.get("/v1/schemas");
    assert_eq!(after, before, "nothing was stored");
    // A known parent (a unique prefix) is stored as its full hash; a multi-line description is fine.
    let query = format!("parent={}&description=line%20one%0Aline%20two", &latest[..12]);
    let (status, published) = server.upload_with("generic-v0", bytes, &query, None);
    assert_eq!(status, 201, "{published}");
    assert_eq!(published["version"]["parent"], latest.as_str());
}

/// A request (method, path, content type, body) and the status it must get.
type Case<'a> = (&'a str, &'a str, Option<&'a str>, &'a [u8], u16);

#[test]
fn every_error_is_a_json_error_body_and_bad_creates_make_no_session() {
    let server = Server::start_with(RegistryLimits::default(), |c| c.max_upload_bytes = 1000);
    let send = |method: &str, path: &str, content_type: Option<&str>, body: &[u8]| -> (u16, Value) {
        server.rt.block_on(async {
            let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            let mut request = server.http.request(method, format!("{}{path}", server.base)).body(body.to_vec());
            if let Some(t) = content_type {
                request = request.header("content-type", t);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
        })
    };
    let good = br#"{"game":"corridor","seed":1,"schema":"generic-v0"}"#;
    let json_type = Some("application/json");
    let cases: [Case; 8] = [
        ("POST", "/v1/sessions", json_type, b"{not json", 400),
        ("POST", "/v1/sessions", Some("text/plain"), good, 415),
        ("POST", "/v1/sessions", None, good, 415),
        ("POST", "/v1/sessions", json_type, br#"{"game":"corridor"}"#, 422),
        ("GET", "/v1/no-such-route", None, b"", 404),
        ("DELETE", "/v1/games", None, b"", 405),
        ("POST", "/v1/schemas/generic-v0/versions?wait=maybe", None, b"x", 400),
        ("POST", "/v1/schemas/generic-v0/versions", None, &[0u8; 2000], 413),
    ];
    for (method, path, content_type, body, expected) in cases {
        let (status, answer) = send(method, path, content_type, body);
        assert_eq!(status, expected, "{method} {path}: {answer}");
        assert!(is_error_body(&answer), "{method} {path}: {answer}");
    }
    // A JSON body over the limit, declared up front: 413 with the error body.
    let answer = raw(
        &addr(&server),
        b"POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\n\r\n{",
        Duration::from_secs(10),
    );
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("{\"error\":{\"kind\":\"too-large\""), "{answer}");
    // An upload with no declared length is counted as it streams in, and cut at the cap.
    let mut chunked =
        b"POST /v1/schemas/generic-v0/versions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n"
            .to_vec();
    chunked.extend([b'x'; 0x800]);
    chunked.extend(b"\r\n0\r\n\r\n");
    let answer = raw(&addr(&server), &chunked, Duration::from_secs(10));
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("upload limit of 1000 bytes"), "{answer}");
    // Creates that cannot start get a 4xx before any session exists.
    for bad in [
        json!({"game": "corridor", "seed": 1, "schema": "generic-v0", "task": "no-such-task"}),
        json!({"game": "corridor", "seed": 1, "schema": "generic-v0", "max_steps": 0}),
        json!({"game": "corridor", "seed": 1, "schema": "generic-v0", "schema_settings": {"no_such": "x"}}),
        json!({"game": "corridor", "seed": 1, "schema": "generic-v0", "mode": "three-model"}),
    ] {
        let (status, refused) = server.post("/v1/sessions", bad.clone());
        assert_eq!(status, 400, "{bad}: {refused}");
        assert!(is_error_body(&refused));
        let (status, _) = server.post(
            "/v1/groups",
            json!({"size": 2, "game": bad["game"], "seed": 1,
            "schema": "generic-v0", "task": bad.get("task"), "max_steps": bad.get("max_steps").unwrap_or(&json!(5))}),
        );
        assert!((400..500).contains(&status));
    }
    let sessions = server.dir.path().join("sessions");
    let made = std::fs::read_dir(&sessions).map(|d| d.count()).unwrap_or(0);
    assert_eq!(made, 0, "no session folder was made");
    let (_, metrics) = server.get("/metrics");
    assert!(metrics.as_str().unwrap().contains("automem_sessions_created_total 0"), "{metrics}");
}

/// `automem serve` as a process (its own memory and logs), on corridor with generic-v0.
struct CliServer {
    child: std::process::Child,
    base: String,
    log: Arc<Mutex<String>>,
}

impl CliServer {
    fn start(data: &Path, extra: &[&str]) -> CliServer {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_automem"))
            .args(["serve", "--addr", "127.0.0.1:0", "--data", data.to_str().unwrap()])
            .args(["--game", component("corridor").to_str().unwrap()])
            .args(["--schema", component("generic-v0").to_str().unwrap()])
            .args(["--validation-seeds", "1", "--random-validation-seeds", "0"])
            .args(extra)
            .env("AUTOMEM_CACHE_DIR", data.join("cache"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let base = line.trim().rsplit(' ').next().unwrap_or_default().to_string();
        assert!(base.starts_with("http://"), "automem serve did not start: {line}\n{}", log.lock().unwrap());
        CliServer { child, base, log }
    }

    fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }

    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let addr = self.base.trim_start_matches("http://");
        let answer = raw_bytes(addr, format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes());
        let status = std::str::from_utf8(&answer[9..12]).unwrap().parse().unwrap();
        let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") else { return (status, Vec::new()) };
        let head = String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase();
        let body = &answer[end + 4..];
        if !head.contains("transfer-encoding: chunked") {
            return (status, body.to_vec());
        }
        // A body of unknown length (a compressed trace, sent decompressed) comes in chunks.
        let (mut rest, mut whole) = (body, Vec::new());
        loop {
            let line = rest.windows(2).position(|w| w == b"\r\n").unwrap();
            let size = usize::from_str_radix(std::str::from_utf8(&rest[..line]).unwrap().trim(), 16).unwrap();
            if size == 0 {
                break;
            }
            whole.extend_from_slice(&rest[line + 2..line + 2 + size]);
            rest = &rest[line + 2 + size + 2..];
        }
        (status, whole)
    }

    fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let addr = self.base.trim_start_matches("http://");
        let body = body.to_string();
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let answer = raw_bytes(addr, request.as_bytes());
        let status = std::str::from_utf8(&answer[9..12]).unwrap().parse().unwrap();
        let start = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        (status, serde_json::from_slice(&answer[start..]).unwrap_or(Value::Null))
    }
}

impl Drop for CliServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn raw_bytes(addr: &str, request: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(request).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer
}

#[test]
fn the_watcher_refuses_fifos_symlinks_and_huge_files_and_keeps_working() {
    let data = tempfile::tempdir().unwrap();
    let watch = tempfile::tempdir().unwrap();
    let fifo = std::ffi::CString::new(watch.path().join("generic-v0@fifo.wasm").to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path we own.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    std::os::unix::fs::symlink("/dev/zero", watch.path().join("generic-v0@zero.wasm")).unwrap();
    std::fs::File::create(watch.path().join("generic-v0@sparse.wasm")).unwrap().set_len(1 << 30).unwrap();
    std::fs::write(watch.path().join("generic-v0@bad\nname.wasm"), b"junk").unwrap();
    let server = CliServer::start(data.path(), &["--watch", watch.path().to_str().unwrap()]);
    std::thread::sleep(Duration::from_secs(2));
    // A good component dropped afterwards (written elsewhere, renamed in) is still published.
    let good = new_version(&std::fs::read(component("generic-v0")).unwrap(), "good");
    std::fs::write(watch.path().join("incoming.tmp"), &good).unwrap();
    std::fs::rename(watch.path().join("incoming.tmp"), watch.path().join("generic-v0@good.wasm")).unwrap();
    let wanted = automem::cache::sha256_hex(&good);
    let deadline = Instant::now() + Duration::from_secs(30);
    let latest = loop {
        let (_, body) = server.get("/v1/schemas");
        let listing: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let latest = listing["schemas"][0]["latest"].as_str().unwrap_or("").to_string();
        if latest == wanted || Instant::now() > deadline {
            break latest;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let log = server.log.lock().unwrap().clone();
    assert_eq!(latest, wanted, "the watcher stopped working:\n{log}");
    for (file, reason) in [
        ("generic-v0@fifo.wasm", "not a regular file"),
        ("generic-v0@zero.wasm", "symbolic link"),
        ("generic-v0@sparse.wasm", "over the upload limit"),
        ("generic-v0@bad\\nname.wasm", "refused"),
    ] {
        let line = log.lines().find(|l| l.contains(file));
        assert!(line.is_some_and(|l| l.contains(reason)), "no `{reason}` for {file} in:\n{log}");
    }
    assert!(!log.lines().any(|l| l.starts_with("name.wasm")), "a file name broke a log line:\n{log}");
}

#[test]
fn a_large_trace_is_streamed_to_slow_readers_with_bounded_memory() {
    let data = tempfile::tempdir().unwrap();
    let server = CliServer::start(data.path(), &[]);
    let (status, created) =
        server.post("/v1/sessions", &json!({"game": "corridor", "seed": 3, "schema": "generic-v0", "max_steps": 5}));
    assert_eq!(status, 201, "{created}");
    let id = created["session"]["id"].as_str().unwrap().to_string();
    // Play it to its end first, so its own trace writer is done with the file.
    let mut state = created.clone();
    for _ in 0..100 {
        if state["session"]["status"] == "finished" {
            break;
        }
        let turn = state["turn"]["id"].clone();
        let (status, next) = server.post(&format!("/v1/sessions/{id}/reply"), &json!({"turn": turn, "text": "ok"}));
        assert_eq!(status, 200, "{next}");
        state = next;
    }
    assert_eq!(state["session"]["status"], "finished", "{state}");
    // Its trace, made as large as a long episode's: 96 MiB of whole lines, and half a line, as a
    // compressed trace still being written has them (flushed, not finished).
    let path = data.path().join("sessions").join(&id).join("episode-3.jsonl.zst");
    let mut encoder = zstd::stream::write::Encoder::new(std::fs::File::create(&path).unwrap(), 3).unwrap();
    let line = format!("{{\"pad\":\"{}\"}}\n", "x".repeat(1013));
    for _ in 0..(96 << 10) {
        encoder.write_all(line.as_bytes()).unwrap();
    }
    encoder.write_all(b"{\"half\":").unwrap();
    encoder.flush().unwrap();
    let whole = 96u64 << 20;
    let before = server.rss_kib();
    // Six slow readers: each asks, reads a little, and stalls.
    let addr = server.base.trim_start_matches("http://").to_string();
    let readers: Vec<TcpStream> = (0..6)
        .map(|_| {
            let mut stream = TcpStream::connect(&addr).unwrap();
            stream.write_all(format!("GET /v1/sessions/{id}/trace HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap();
            assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_secs(2));
    let during = server.rss_kib();
    let grown = during.saturating_sub(before);
    assert!(grown < 64 << 10, "six readers of a 96 MiB trace grew the server by {grown} KiB ({before} -> {during})");
    drop(readers);
    // A full read has every whole line and not the half one.
    let (status, body) = server.get(&format!("/v1/sessions/{id}/trace"));
    assert_eq!(status, 200);
    assert_eq!(body.len() as u64, whole);
    assert!(body.ends_with(b"}\n"));
}

#[test]
fn an_answer_sent_before_its_body_was_read_closes_the_connection() {
    // A refused upload is answered without reading the component; the rest of it is still on
    // the wire, so the answer must say `connection: close` or a pooling client (reqwest, the
    // Python client) sends its next request on a connection the server is about to drop.
    let server = Server::start_with(RegistryLimits::default(), with_token);
    let mut stream = TcpStream::connect(addr(&server)).unwrap();
    stream
        .write_all(b"POST /v1/schemas/generic-v0/versions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n\0asm")
        .unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
    }
    let answer = String::from_utf8_lossy(&answer).to_ascii_lowercase();
    assert!(answer.starts_with("http/1.1 401"), "{answer}");
    assert!(answer.contains("connection: close"), "{answer}");
    // A request whose body was read keeps its connection for the next one.
    let mut stream = TcpStream::connect(addr(&server)).unwrap();
    let create = br#"{"game":"nope"}"#;
    let request = format!(
        "POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        create.len()
    );
    for _ in 0..2 {
        stream.write_all(request.as_bytes()).unwrap();
        stream.write_all(create).unwrap();
        let head = read_one_answer(&mut stream);
        assert!(head.starts_with("http/1.1 4"), "{head}");
        assert!(!head.contains("connection: close"), "{head}");
    }
}

/// Read one HTTP/1.1 answer (headers and its Content-Length body) off `stream`; its headers,
/// lowercased.
fn read_one_answer(stream: &mut TcpStream) -> String {
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut got = Vec::new();
    let mut byte = [0u8; 1];
    while !got.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut byte).unwrap(), 1, "the server closed mid-answer");
        got.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&got).to_ascii_lowercase();
    let length: usize =
        head.lines().find_map(|l| l.strip_prefix("content-length:")).map(|v| v.trim().parse().unwrap()).unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    head
}

#[test]
fn a_declared_version_longer_than_the_registry_keeps_is_refused_through_an_upload() {
    let server = Server::start_with(RegistryLimits::default(), |c| {
        with_token(c);
        c.validation = Validation { seeds: vec![1], random_seeds: 0, budget: Duration::from_secs(60) };
    });
    let dir = tempfile::tempdir().unwrap();
    // 100 bytes: under the load-time limit (128), over what the registry stores (64).
    let long = std::fs::read(super::engine::hostile_schema("version-100b", dir.path())).unwrap();
    let (_, before) = server.get("/v1/schemas");
    let (status, refused) = server.upload_with("hostile-schema", long, "", Some(TOKEN));
    assert_eq!(status, 422, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("declared version is 100 bytes; at most 64"), "{message}");
    let (_, after) = server.get("/v1/schemas");
    assert!(!after.to_string().contains(&"1".repeat(65)), "{after}");
    assert_eq!(after["schemas"][0], before["schemas"][0], "{after}");
    let entry = &after["schemas"][1];
    assert!(entry["name"] == "hostile-schema" && entry["latest"].is_null(), "nothing was published: {after}");
    assert_eq!(entry["versions"][0]["status"], "refused", "{after}");
    // The same build with a short version is published: the version is what was refused.
    let short = std::fs::read(super::engine::hostile_schema("seeded", dir.path())).unwrap();
    let (status, published) = server.upload_with("hostile-schema", short, "", Some(TOKEN));
    assert_eq!(status, 201, "{published}");
}

/// Peak resident memory growth (MiB) of a validation of a schema that rewrites a 60 KiB file
/// 1,000 times every step, measured in a child test process of its own.
#[test]
fn validating_a_version_keeps_no_memory_journal_in_ram() {
    let exe = std::env::current_exe().unwrap();
    let output = std::process::Command::new(exe)
        .args(["--exact", "security::serve::validation_memory_probe", "--ignored", "--nocapture", "--test-threads=1"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let growth: u64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("peak growth MiB: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no figure in {stdout}"));
    // Six steps journal 6 x 60 MB; kept in RAM that is over 300 MiB.
    println!("validation grew by {growth} MiB");
    assert!(growth < 120, "validation grew by {growth} MiB");
}

fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Run by [`validating_a_version_keeps_no_memory_journal_in_ram`].
#[test]
#[ignore = "run by validating_a_version_keeps_no_memory_journal_in_ram"]
fn validation_memory_probe() {
    let (runtime, _cache) = super::engine::patient_runtime();
    let dir = tempfile::tempdir().unwrap();
    let schema = runtime.load_schema(&super::engine::hostile_schema("journal-flood", dir.path())).unwrap();
    let games = std::collections::BTreeMap::from([(
        "corridor".to_string(),
        runtime.load_game(&component("corridor")).unwrap(),
    )]);
    // A first, one-step validation warms everything up (instances, compiled code).
    let _ = automem::serve::validate::validate_episodes(&schema, &games, 1, &[3], Duration::from_secs(300));
    let before = status_kib("VmRSS:");
    // Reset the peak (VmHWM) to the current size.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let validated = automem::serve::validate::validate_episodes(&schema, &games, 6, &[3], Duration::from_secs(300));
    let peak = status_kib("VmHWM:");
    println!("validated: {:?}", validated.map(|(name, _)| name));
    println!("peak growth MiB: {}", peak.saturating_sub(before) >> 10);
}

#[test]
fn concurrent_uploads_are_spooled_to_disk_not_held_in_memory() {
    let data = tempfile::tempdir().unwrap();
    let server = CliServer::start(data.path(), &["--insecure-open-admin"]);
    let addr = server.base.trim_start_matches("http://").to_string();
    // As many uploads as the server takes at once, each under the 64 MiB cap, most of each sent.
    let (size, sent) = (56usize << 20, 52usize << 20);
    let before = server.rss_kib();
    let chunk = vec![b'x'; 1 << 20];
    let mut streams: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut stream = TcpStream::connect(&addr).unwrap();
            stream.set_write_timeout(Some(Duration::from_secs(30))).unwrap();
            let head =
                format!("POST /v1/schemas/generic-v0/versions HTTP/1.1\r\nHost: x\r\nContent-Length: {size}\r\n\r\n");
            stream.write_all(head.as_bytes()).unwrap();
            for _ in 0..sent >> 20 {
                stream.write_all(&chunk).unwrap();
            }
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_secs(1));
    let grown = server.rss_kib().saturating_sub(before);
    // Held in memory, the four bodies so far would be 208 MiB.
    assert!(grown < 64 << 10, "four uploads in flight grew the server by {grown} KiB");
    for stream in &mut streams {
        for _ in 0..(size - sent) >> 20 {
            stream.write_all(&chunk).unwrap();
        }
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut answer = [0u8; 12];
        stream.read_exact(&mut answer).unwrap();
        // Received whole and taken for validation (which refuses it: it is not a component).
        assert_eq!(&answer, b"HTTP/1.1 202", "{}", String::from_utf8_lossy(&answer));
    }
    // Once validated (and refused), nothing of them is left in the spool.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (_, body) = server.get("/v1/schemas");
        let listing: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let refused = listing["schemas"][0]["versions"]
            .as_array()
            .map_or(0, |v| v.iter().filter(|v| v["status"] == "refused").count());
        if refused == 1 || Instant::now() > deadline {
            assert_eq!(refused, 1, "the four identical uploads are one refused version: {listing}");
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    // Each spooled file is held until its validation ends, then removed.
    let spooled = || std::fs::read_dir(data.path().join("uploads")).map_or(0, |d| d.count());
    while spooled() > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(spooled(), 0, "spooled uploads are removed");
}
