use super::*;
use crate::actions::Scope;
use crate::portal::{ContractorFields, PortalUserFields};
use crate::test_support::{self, count_rows, SealedStore};
use chrono::{DateTime, Utc};

/// The office with mail settings, a contractor ACME and `users` users,
/// certificate copies in `dir/certs` by month, and the quota `quota`.
fn office(
    dir: &std::path::Path,
    now: DateTime<Utc>,
    users: usize,
    quota: Option<u32>,
) -> SealedStore {
    let office = test_support::office(dir, now);
    let mut server = crate::mail::outbox::tests_settings();
    server.server.security = crate::mail::Security::Tls;
    let options = crate::mail::settings::SaveOptions {
        secret: None,
        allow_plain: false,
    };
    crate::mail::settings::save(&office.store, &server, &options, now).unwrap();
    let company = company::get(&office.store, company::CompanyId(1)).unwrap();
    company::update(
        &office.store,
        "admin",
        company.id,
        &company::CompanyFields {
            name: company.name.clone(),
            country: Some("PL".into()),
            quota,
            cert_folder: Some(dir.join("certs").display().to_string()),
            monthly_folders: true,
            ..company::CompanyFields::default()
        },
        now,
    )
    .unwrap();
    portal::add_contractor(
        &office.store,
        &ContractorFields {
            code: "ACME".into(),
            name: "Acme Sp. z o.o.".into(),
            ..ContractorFields::default()
        },
        now,
    )
    .unwrap();
    for n in 0..users {
        portal::add_user(
            &office.store,
            &PortalUserFields {
                contractor: "ACME".into(),
                login: format!("user{n}"),
                name: format!("User {n}"),
                email: format!("user{n}@example.org"),
                lang: Some(crate::locale::Language::En),
            },
            now,
        )
        .unwrap();
    }
    office
}

fn request(office: &SealedStore, by_phone: bool) -> SendCertificates {
    SendCertificates {
        selection: PortalSelection::Contractor("ACME".into()),
        seal_id: office.seal_id,
        seal_secret: KeySecretInput::Password("seal-pw".into()),
        password_by_phone: by_phone,
    }
}

fn file_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_run_that_would_pass_the_quota_is_refused_before_anything_is_issued() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let office = office(dir.path(), now, 3, Some(2));
    let cx = Context::at(&office.store, Scope::test_administrator(), now);
    let certificates = count_rows(&office.store, "certificate");
    let err = send_certificates(
        &cx,
        &request(&office, false),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_eq!(err.code(), "quota.reached");
    assert!(
        err.to_string().contains("0 active, quota 2, 3 more"),
        "{err}"
    );
    assert_eq!(count_rows(&office.store, "certificate"), certificates);
    assert_eq!(count_rows(&office.store, "portal_run"), 0);
    assert_eq!(count_rows(&office.store, "outbox_message"), 0);
    assert!(!dir.path().join("certs").exists());
}

#[test]
fn each_user_gets_a_certificate_two_messages_and_a_copy_and_the_store_keeps_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let office = office(dir.path(), now, 2, Some(2));
    let cx = Context::at(&office.store, Scope::test_administrator(), now);
    let keys = count_rows(&office.store, "key");
    let mut heard = Vec::new();
    let report = send_certificates(
        &cx,
        &request(&office, false),
        &mut |p| heard.push((p.done, p.total, p.state.clone())),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(
        heard,
        vec![(1, 2, "queued".into()), (2, 2, "queued".into())]
    );
    assert_eq!(report.items.len(), 2);
    let month = now.format("%Y-%m").to_string();
    for item in &report.items {
        assert_eq!(item.state, "queued", "{item:?}");
        assert!(item.password.is_none());
        let p12 = item.p12.as_deref().unwrap();
        assert!(
            p12.ends_with(&format!("{month}/ACME-{}.p12", item.login)),
            "{p12}"
        );
        assert!(std::path::Path::new(p12).is_file());
        let user = portal::user(&office.store, item.user_id).unwrap();
        assert_eq!(user.certificate_id, item.cert_id);
        let record = registry::get(&office.store, item.cert_id.unwrap(), now).unwrap();
        assert!(record.subject.contains("ACME"), "{}", record.subject);
    }
    assert_eq!(count_rows(&office.store, "key"), keys, "no key row");
    let key_files = std::fs::read_dir(office.store.data_dir().join("keys"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(key_files, 0, "no key file");
    assert_eq!(count_rows(&office.store, "outbox_message"), 4);

    // The password is in its spooled message only, never in the database.
    let entry = outbox::by_reference(
        &office.store,
        &password_reference(report.run_id, report.items[0].user_id),
    )
    .unwrap()
    .remove(0);
    let spooled = file_bytes(&outbox::spool_dir(&office.store).join(&entry.spool_file));
    let text = String::from_utf8_lossy(&spooled);
    let found = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|word| word.len() == 24 && word.matches('-').count() == 4)
        .unwrap_or_else(|| panic!("no password in {text}"))
        .to_string();
    office
        .store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(PASSIVE)")
        .ok();
    let db = office.store.path();
    for file in [db.clone(), PathBuf::from(format!("{}-wal", db.display()))] {
        assert!(!contains(&file_bytes(&file), &found), "{}", file.display());
    }
    let audit: String = office
        .store
        .conn()
        .query_row(
            "SELECT group_concat(action || detail, ' ') FROM audit_event",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!audit.contains(&found));
    assert!(audit.contains("portal.certificate-sent"), "{audit}");
}

#[test]
fn a_stopped_or_interrupted_run_resumes_without_a_second_certificate_or_message() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let office = office(dir.path(), now, 3, None);
    let cx = Context::at(&office.store, Scope::test_administrator(), now);
    let stop = AtomicBool::new(false);
    let first = send_certificates(
        &cx,
        &request(&office, false),
        &mut |_| stop.store(true, Ordering::SeqCst),
        &stop,
    )
    .unwrap();
    let states: Vec<&str> = first.items.iter().map(|i| i.state.as_str()).collect();
    assert_eq!(states, ["queued", "planned", "planned"]);

    // As if killed after signing the second user's certificate, before
    // its messages were queued.
    let seal_der: Vec<u8> = office
        .store
        .conn()
        .query_row("SELECT der FROM certificate WHERE is_ca = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    office
        .store
        .conn()
        .execute(
            "UPDATE portal_run_item SET state = 'issued', certificate_der = ?1
             WHERE user_id = ?2",
            rusqlite::params![seal_der, first.items[1].user_id],
        )
        .unwrap();
    let certificates = count_rows(&office.store, "certificate");

    let second = send_certificates(
        &cx,
        &request(&office, false),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(second.run_id, first.run_id, "the open run resumes");
    assert!(
        second.items.iter().all(|i| i.state == "queued"),
        "{:?}",
        second.items
    );
    assert_eq!(second.items[0].cert_id, first.items[0].cert_id);
    assert_eq!(count_rows(&office.store, "certificate"), certificates + 2);
    assert_eq!(
        count_rows(&office.store, "outbox_message"),
        6,
        "two per user"
    );
    for item in &second.items {
        for reference in [
            certificate_reference(second.run_id, item.user_id),
            password_reference(second.run_id, item.user_id),
        ] {
            assert_eq!(
                outbox::by_reference(&office.store, &reference)
                    .unwrap()
                    .len(),
                1
            );
        }
    }

    // The run is finished: the same call again starts a new run for the
    // contractor's users.
    let third = send_certificates(
        &cx,
        &request(&office, true),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_ne!(third.run_id, first.run_id);
    assert!(third
        .items
        .iter()
        .all(|i| i.state == "done" && i.password.is_some()));
    assert!(third.items.iter().all(|i| i.password_message_id.is_none()));
    let password = third.items[0].password.clone().unwrap();
    let db = office.store.path();
    for file in [db.clone(), PathBuf::from(format!("{}-wal", db.display()))] {
        assert!(
            !contains(&file_bytes(&file), &password),
            "{}",
            file.display()
        );
    }
}

#[test]
fn a_wrong_seal_password_plans_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let office = office(dir.path(), now, 1, None);
    let cx = Context::at(&office.store, Scope::test_administrator(), now);
    let mut wrong = request(&office, false);
    wrong.seal_secret = KeySecretInput::Password("nope".into());
    let err = send_certificates(&cx, &wrong, &mut |_| {}, &AtomicBool::new(false)).unwrap_err();
    assert_eq!(err.code(), "key.wrong-password");
    assert_eq!(count_rows(&office.store, "portal_run"), 0);
}
