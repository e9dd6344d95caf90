//! `sealdesk smtp ...`: the provider table, the settings with the password in
//! the OS credential store, and the connection test against a real SMTP
//! server on the loopback interface.

use super::sealdesk;
use serde_json::Value;

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("stdout is one JSON value")
}

#[test]
fn providers_lists_the_table_and_detects_by_domain() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let all = sealdesk(&data, &["--json", "smtp", "providers"], &[]);
    assert_eq!(all.status, 0, "{}", all.stderr);
    let all = json(&all.stdout);
    assert!(all.as_array().unwrap().len() >= 30);

    let gmail = sealdesk(
        &data,
        &["--json", "smtp", "providers", "--domain", "Dana@GMail.com"],
        &[],
    );
    assert_eq!(gmail.status, 0, "{}", gmail.stderr);
    let gmail = json(&gmail.stdout);
    assert_eq!(gmail[0]["host"], "smtp.gmail.com");
    assert_eq!(gmail[0]["port"], 465);
    assert_eq!(gmail[0]["security"], "tls");
    assert_eq!(gmail[0]["notes"][0]["code"], "app-password");

    let pec = sealdesk(
        &data,
        &["--json", "smtp", "providers", "--domain", "pec.it"],
        &[],
    );
    let pec = json(&pec.stdout);
    assert_eq!(pec[0]["host"], "smtps.pec.aruba.it");
    assert_eq!(pec[0]["bcc_allowed"], false);

    let unknown = sealdesk(
        &data,
        &["--json", "smtp", "providers", "--domain", "example.org"],
        &[],
    );
    assert_eq!(unknown.status, 0, "{}", unknown.stderr);
    assert_eq!(json(&unknown.stdout), serde_json::json!([]));
}
