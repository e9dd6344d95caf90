//! Renewal runs over certificates issued by a seal in a real store: the
//! plan's refusals, a wrong old password failing one item alone, the
//! envelope's content, and the issued answers installed.

use super::run::RunSecrets;
use super::*;
use crate::keys::registry as keys;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::keys::KeyAlgorithm;
use crate::pki::csr_reader::read_csr;
use crate::pki::issue::{self, IssueRequest};
use crate::pki::profile::Profile;
use crate::pki::registry;
use crate::pki::subject::SubjectFields;
use crate::secret::Secret;
use crate::test_support::{self, count_rows};
use crate::Store;
use chrono::Utc;
use cms::content_info::ContentInfo;
use cms::signed_data::SignedData;
use der::{Decode, Encode};
use std::collections::BTreeMap;
use std::path::Path;

const SEAL_PW: &str = "seal-pw";
const OLD_PW: &str = "старий-пароль";
const NEW_PW: &str = "новий-пароль";

fn store_with_seal(dir: &Path) -> Store {
    test_support::store_with_seal(
        dir,
        ["ТОВ Ромашка", "NTRUA-14360570", "UA"],
        SEAL_PW,
        Utc::now(),
    )
    .store
}

/// Issues a director's certificate from the seal for a new key `name`.
fn director(store: &Store, dir: &Path, name: &str, email: &str, algorithm: KeyAlgorithm) -> i64 {
    let now = Utc::now();
    let key = keys::generate_file_key(
        store,
        algorithm,
        &dir.join(format!("{name}.key")),
        OLD_PW,
        now,
    )
    .unwrap();
    let subject_key = open_signer(store, key.id, KeySecret::Password(OLD_PW)).unwrap();
    let seal_signer = open_signer(store, 1, KeySecret::Password(SEAL_PW)).unwrap();
    let request = IssueRequest {
        profile: Profile::Signing,
        subject: SubjectFields {
            common_name: name.into(),
            country: Some("UA".into()),
            email: Some(email.into()),
            ..Default::default()
        },
        days: 20,
    };
    issue::issue(
        store,
        1,
        seal_signer.as_ref(),
        key.id,
        subject_key.as_ref(),
        &request,
        now,
    )
    .unwrap()
    .id
}

/// Both directors' keys are EC P-256.
const EC: [KeyAlgorithm; 2] = [KeyAlgorithm::EcP256, KeyAlgorithm::EcP256];

/// A store with a seal and two directors, Олена and Тарас, with these
/// e-mails and key algorithms.
fn two_directors(
    dir: &Path,
    emails: [&str; 2],
    algorithms: [KeyAlgorithm; 2],
) -> (Store, [i64; 2]) {
    let store = store_with_seal(dir);
    let a = director(&store, dir, "Олена", emails[0], algorithms[0]);
    let b = director(&store, dir, "Тарас", emails[1], algorithms[1]);
    (store, [a, b])
}

fn plan_request(dir: &Path, certificates: Vec<i64>) -> PlanRequest {
    PlanRequest {
        certificates,
        term: Term::TwoYears,
        start: None,
        start_for: Default::default(),
        phrase: None,
        contact: "Олена".into(),
        phone: "+380441234567".into(),
        key_dir: dir.join("new-keys"),
        algorithm: None,
        emails: BTreeMap::new(),
        token: None,
    }
}

/// A store with a seal and two directors unlike each other: Олена's
/// address is at a refused domain (mail.ru) and her key EC P-256, Тарас's
/// address is fine and his key RSA-2048.
fn mixed_directors(dir: &Path) -> (Store, [i64; 2]) {
    two_directors(
        dir,
        ["olena@mail.ru", "taras@example.org"],
        [KeyAlgorithm::EcP256, KeyAlgorithm::Rsa2048],
    )
}

/// A store with a seal, two directors (Олена, Тарас) and a run planned
/// over both.
fn two_directors_planned(dir: &Path) -> (Store, [i64; 2], i64) {
    let (store, [a, b]) = two_directors(dir, ["olena@example.org", "taras@example.org"], EC);
    let run_id = plan(&store, &plan_request(dir, vec![a, b]), Utc::now())
        .unwrap()
        .run_id;
    (store, [a, b], run_id)
}

/// The old secrets `old` with the new keys' password.
fn run_secrets(old: &BTreeMap<i64, Secret>) -> RunSecrets<'_> {
    RunSecrets {
        old,
        new_key_password: NEW_PW,
    }
}

/// The old password of each of `ids`.
fn old_passwords(ids: &[i64]) -> BTreeMap<i64, Secret> {
    ids.iter().map(|&id| (id, Secret::from(OLD_PW))).collect()
}

/// Runs `run_id` to the end at `now`, never asked to stop.
fn run_all(
    store: &Store,
    run_id: i64,
    secrets: &RunSecrets,
    delivery: &Delivery,
    now: chrono::DateTime<Utc>,
) -> crate::Result<RunView> {
    run(store, run_id, secrets, delivery, now, &mut |_| true)
}

/// Runs `run_id` with the old secrets `old` to the end.
fn run_through(
    store: &Store,
    run_id: i64,
    old: &BTreeMap<i64, Secret>,
    delivery: &Delivery,
) -> crate::Result<RunView> {
    run_all(store, run_id, &run_secrets(old), delivery, Utc::now())
}

#[test]
fn plans_refuse_forbidden_mail_cas_unkeyed_and_twice_planned_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b]) = two_directors(dir.path(), ["olena@bk.ru", "taras@example.org"], EC);
    let now = Utc::now();

    let err = plan(&store, &plan_request(dir.path(), vec![a, b]), now).unwrap_err();
    assert_eq!(err.code(), "renewal.forbidden-email");
    assert_eq!(err.params()["certificates"], format!("{a} (olena@bk.ru)"));
    let err = plan(&store, &plan_request(dir.path(), vec![1]), now).unwrap_err();
    assert_eq!(err.params()["reason"], "ca");
    let err = plan(&store, &plan_request(dir.path(), vec![]), now).unwrap_err();
    assert_eq!(err.code(), "renewal.no-certificates");
    let runs = count_rows(&store, "renewal_run");
    assert_eq!(runs, 0, "a refused plan records nothing");

    // The forbidden list comes from the settings when set there.
    store
        .conn()
        .execute(
            "INSERT INTO setting (key, value) VALUES (?1, 'example.org')",
            [plan::FORBIDDEN_DOMAINS_SETTING],
        )
        .unwrap();
    let err = plan(&store, &plan_request(dir.path(), vec![a, b]), now).unwrap_err();
    assert_eq!(
        err.params()["certificates"],
        format!("{b} (taras@example.org)")
    );

    let mut request = plan_request(dir.path(), vec![a, b]);
    request.emails.insert(b, "taras@vyshnia.com.ua".into());
    let planned = plan(&store, &request, now).unwrap();
    assert_eq!(planned.items.len(), 2);
    assert_eq!(
        planned.items[1].email.as_deref(),
        Some("taras@vyshnia.com.ua")
    );
    let err = plan(&store, &request, now).unwrap_err();
    assert_eq!(err.params()["reason"], "planned");
}

#[test]
fn a_wrong_old_password_fails_one_item_and_the_answers_install() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b]) = mixed_directors(dir.path());
    let now = Utc::now();
    let mut request = plan_request(dir.path(), vec![a, b]);
    request.emails.insert(a, "olena@romashka.com.ua".into());
    let run_id = plan(&store, &request, now).unwrap().run_id;
    let export = dir.path().join("export");

    let mut old = BTreeMap::from([(a, Secret::from("не той")), (b, Secret::from(OLD_PW))]);
    let secrets = run_secrets(&old);
    let view = run_all(
        &store,
        run_id,
        &secrets,
        &Delivery::Export(export.clone()),
        now,
    )
    .unwrap();
    assert_eq!(view.items[0].state, ItemState::Failed);
    assert_eq!(
        view.items[0].error_code.as_deref(),
        Some("key.wrong-password")
    );
    assert_eq!(view.items[0].key_id, None);
    assert_eq!(view.items[1].state, ItemState::Sent);

    old.insert(a, Secret::from(OLD_PW));
    let secrets = run_secrets(&old);
    let mut heard = Vec::new();
    let view = run(
        &store,
        run_id,
        &secrets,
        &Delivery::Export(export.clone()),
        now,
        &mut |i| {
            heard.push(i.cert_id);
            true
        },
    )
    .unwrap();
    assert_eq!(heard, vec![a], "the sent item is not touched again");
    assert!(view.items.iter().all(|i| i.state == ItemState::Sent));

    for (item, old_id) in view.items.iter().zip([a, b]) {
        // The envelope carries the request file's bytes, signed by the old
        // certificate; the request has the new key and the (corrected) e-mail.
        let envelope = std::fs::read(item.delivered_to.as_ref().unwrap()).unwrap();
        let info = ContentInfo::from_der(&envelope).unwrap();
        let signed = SignedData::from_der(&info.content.to_der().unwrap()).unwrap();
        let content = signed.encap_content_info.econtent.unwrap();
        let request_der = std::fs::read(item.pkcs10.as_ref().unwrap()).unwrap();
        assert_eq!(
            content.value(),
            der::asn1::OctetString::new(request_der.clone())
                .unwrap()
                .as_bytes()
        );
        let csr = read_csr(&request_der).unwrap();
        let new_key =
            open_signer(&store, item.key_id.unwrap(), KeySecret::Password(NEW_PW)).unwrap();
        assert_eq!(csr.spki_der, new_key.spki_der());
        let old_record = registry::get(&store, old_id, now).unwrap();
        assert_eq!(
            csr.subject,
            old_record
                .subject
                .replace("olena@mail.ru", "olena@romashka.com.ua")
        );
        assert_eq!(csr.email.as_deref(), item.email.as_deref());
        let old_key_alg: String = store
            .conn()
            .query_row(
                "SELECT k.algorithm FROM key k JOIN certificate c ON c.key_id = k.id WHERE c.id = ?1",
                [old_id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            new_key.algorithm().name(),
            old_key_alg,
            "same algorithm as the old key"
        );
    }

    // Receipts by hand, in order only.
    assert_eq!(
        receipt(&store, run_id, a, 1, now).unwrap().state,
        ItemState::Receipt1
    );
    assert_eq!(
        receipt(&store, run_id, a, 2, now).unwrap().state,
        ItemState::Receipt2
    );
    assert_eq!(
        receipt(&store, run_id, a, 1, now).unwrap_err().code(),
        "renewal.wrong-state"
    );

    // A certificate for another key answers nothing and changes nothing.
    let stranger = registry::der(store.conn(), a).unwrap();
    let stranger_path = dir.path().join("stranger.cer");
    std::fs::write(&stranger_path, &stranger).unwrap();
    assert_eq!(
        import(&store, None, &[stranger_path], now)
            .unwrap_err()
            .code(),
        "renewal.no-match"
    );

    // The seal issues for the new keys; the answers install.
    let mut files = Vec::new();
    for item in &view.items {
        let new_key =
            open_signer(&store, item.key_id.unwrap(), KeySecret::Password(NEW_PW)).unwrap();
        let seal_signer = open_signer(&store, 1, KeySecret::Password(SEAL_PW)).unwrap();
        let answer = IssueRequest {
            profile: Profile::Signing,
            subject: SubjectFields {
                common_name: format!("renewed {}", item.cert_id),
                ..Default::default()
            },
            days: 365,
        };
        let der = issue::build(
            &store,
            1,
            seal_signer.as_ref(),
            new_key.spki_der(),
            &answer,
            now,
        )
        .unwrap();
        let path = dir.path().join(format!("new-{}.cer", item.cert_id));
        std::fs::write(&path, der).unwrap();
        files.push(path);
    }
    let installed = import(&store, Some(run_id), &files, now).unwrap();
    assert_eq!(installed.len(), 2);
    for done in &installed {
        let new = registry::get(&store, done.new_cert_id, now).unwrap();
        assert_eq!(
            new.key_id,
            show_run(&store, run_id)
                .unwrap()
                .items
                .iter()
                .find(|i| i.cert_id == done.cert_id)
                .unwrap()
                .key_id
        );
        assert_eq!(
            registry::get(&store, done.cert_id, now).unwrap().state,
            "superseded"
        );
    }
    assert!(show_run(&store, run_id)
        .unwrap()
        .items
        .iter()
        .all(|i| i.state == ItemState::Installed));
    assert_eq!(show_run(&store, run_id).unwrap().state, "done");
}

#[test]
fn a_run_in_progress_is_not_run_twice_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_seal(dir.path());
    let a = director(
        &store,
        dir.path(),
        "Олена",
        "olena@example.org",
        KeyAlgorithm::EcP256,
    );
    let now = Utc::now();
    let run_id = plan(&store, &plan_request(dir.path(), vec![a]), now)
        .unwrap()
        .run_id;
    let held = run::lock_run(&dir.path().join("new-keys"), run_id).unwrap();
    let old = old_passwords(&[a]);
    let secrets = run_secrets(&old);
    let export = Delivery::Export(dir.path().join("export"));
    let err = run_all(&store, run_id, &secrets, &export, now).unwrap_err();
    assert_eq!(err.code(), "renewal.run-busy");
    assert!(show_run(&store, run_id).unwrap().items[0].key_id.is_none());
    drop(held);
    let view = run_all(&store, run_id, &secrets, &export, now).unwrap();
    assert_eq!(view.items[0].state, ItemState::Sent);
}

/// Puts the item whose `column` is `id` back to formed and undelivered, as
/// a run killed before recording the delivery leaves it.
fn back_to_formed(store: &Store, column: &str, id: i64) {
    store
        .conn()
        .execute(
            &format!(
                "UPDATE renewal_item SET state = 'formed', delivered_to = NULL WHERE {column} = ?1"
            ),
            [id],
        )
        .unwrap();
}

fn audit_count(store: &Store, action: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_event WHERE action = ?1",
            [action],
            |r| r.get(0),
        )
        .unwrap()
}

/// The states a kill can leave behind, made by hand: each resumes without
/// a second key, request or export.
#[test]
fn every_interrupted_step_resumes_without_doing_anything_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b], run_id) = two_directors_planned(dir.path());
    let now = Utc::now();
    let key_dir = dir.path().join("new-keys");
    let export_dir = dir.path().join("export");
    let export = Delivery::Export(export_dir.clone());
    let old = old_passwords(&[a, b]);
    let secrets = run_secrets(&old);

    // Killed after writing b's key file, before recording it: the stray
    // file is replaced by a recorded key.
    let stray = key_dir.join(format!("Тарас-renewal-{run_id}-{b}.key"));
    std::fs::write(&stray, b"left by a killed run").unwrap();
    let view = run_all(&store, run_id, &secrets, &export, now).unwrap();
    assert!(view.items.iter().all(|i| i.state == ItemState::Sent));
    let b_key = view.items[1].key_id.unwrap();
    assert!(open_signer(&store, b_key, KeySecret::Password(NEW_PW)).is_ok());
    let keys_before = count_rows(&store, "key");

    // Killed after exporting a's envelope, before recording it as sent:
    // the identical export is recognised, nothing is exported again.
    back_to_formed(&store, "old_cert_id", a);
    // Killed after b's key was recorded, before its request was: the
    // request is made with that key, no second key.
    store
        .conn()
        .execute(
            "UPDATE renewal_item SET state = 'planned', request_path = NULL, envelope_path = NULL,
                    delivered_to = NULL WHERE old_cert_id = ?1",
            [b],
        )
        .unwrap();
    std::fs::remove_file(export_dir.join(format!("Тарас-renewal-{run_id}-{b}.p7m"))).unwrap();
    let view = run_all(&store, run_id, &secrets, &export, now).unwrap();
    assert!(
        view.items.iter().all(|i| i.state == ItemState::Sent),
        "{view:?}"
    );
    assert_eq!(view.items[1].key_id, Some(b_key));
    let keys_after = count_rows(&store, "key");
    assert_eq!(keys_after, keys_before);
    assert_eq!(std::fs::read_dir(&export_dir).unwrap().count(), 2);
    // a was formed once; b twice, the first never delivered.
    assert_eq!(audit_count(&store, "renewal.formed"), 3);
    let b_request =
        read_csr(&std::fs::read(view.items[1].pkcs10.as_ref().unwrap()).unwrap()).unwrap();
    let b_signer = open_signer(&store, b_key, KeySecret::Password(NEW_PW)).unwrap();
    assert_eq!(b_request.spki_der, b_signer.spki_der());
    let key_files = std::fs::read_dir(&key_dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "key")
        })
        .count();
    assert_eq!(key_files, 2);

    // An export of different content under the same name is not overwritten.
    back_to_formed(&store, "old_cert_id", a);
    let target = export_dir.join(format!("Олена-renewal-{run_id}-{a}.p7m"));
    std::fs::write(&target, b"someone else's file").unwrap();
    let view = run_all(&store, run_id, &secrets, &export, now).unwrap();
    assert_eq!(view.items[0].state, ItemState::Failed);
    assert_eq!(view.items[0].error_code.as_deref(), Some("io.file-exists"));
    assert_eq!(std::fs::read(&target).unwrap(), b"someone else's file");
}

#[test]
fn candidates_are_expiring_keyed_directors_with_their_open_run() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b]) = mixed_directors(dir.path());
    let now = Utc::now();

    // The directors expire in 20 days; the seal is never a candidate.
    assert!(candidates(&store, 10, now).unwrap().is_empty());
    let found = candidates(&store, 30, now).unwrap();
    assert_eq!(found.iter().map(|c| c.id).collect::<Vec<_>>(), vec![a, b]);
    assert_eq!(found[0].email.as_deref(), Some("olena@mail.ru"));
    assert_eq!(found[1].key_algorithm, "rsa-2048");
    assert!(!found[0].on_token);
    assert_eq!(
        found[0].default_start,
        (found[0].not_after - chrono::Duration::days(3)).date_naive()
    );
    assert!(found.iter().all(|c| c.open_run.is_none()));
    assert!(found[0].price_two_years.is_none(), "no price is not zero");
    let ca = found[0].ca.clone();
    prices::set(&store, &ca, Term::TwoYears, "1200,50", "uah", now).unwrap();
    let found = candidates(&store, 30, now).unwrap();
    let price = found[1].price_two_years.as_ref().unwrap();
    assert_eq!((price.minor, price.currency.as_str()), (120_050, "UAH"));
    assert!(found[1].price_one_year.is_none());

    let mut request = plan_request(dir.path(), vec![b]);
    request.emails.insert(b, "taras@vyshnia.com.ua".into());
    let run_id = plan(&store, &request, now).unwrap().run_id;
    let found = candidates(&store, 30, now).unwrap();
    assert_eq!(found[0].open_run, None);
    assert_eq!(found[1].open_run, Some(run_id));
}

#[test]
fn a_run_told_to_stop_leaves_the_remaining_items_planned() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b], run_id) = two_directors_planned(dir.path());
    let now = Utc::now();
    let old = old_passwords(&[a, b]);
    let secrets = run_secrets(&old);
    let export = Delivery::Export(dir.path().join("export"));
    let mut heard = 0;
    let view = run(&store, run_id, &secrets, &export, now, &mut |_| {
        heard += 1;
        false
    })
    .unwrap();
    assert_eq!(heard, 1);
    assert_eq!(view.items[0].state, ItemState::Sent);
    assert_eq!(view.items[1].state, ItemState::Planned);
    let view = run_all(&store, run_id, &secrets, &export, now).unwrap();
    assert!(view.items.iter().all(|i| i.state == ItemState::Sent));
}

#[test]
fn a_cancel_heard_between_items_stops_the_run_and_retry_takes_one_item() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_seal(dir.path());
    let names = ["Олена", "Тарас", "Ірина"];
    let ids: Vec<i64> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            director(
                &store,
                dir.path(),
                n,
                &format!("d{i}@example.org"),
                KeyAlgorithm::EcP256,
            )
        })
        .collect();
    let now = Utc::now();
    let run_id = plan(&store, &plan_request(dir.path(), ids.clone()), now)
        .unwrap()
        .run_id;
    let old = old_passwords(&ids);
    let secrets = run_secrets(&old);
    let export = Delivery::Export(dir.path().join("export"));
    // The UI's Cancel, pressed while the first item is being reported.
    let view = run(&store, run_id, &secrets, &export, now, &mut |_| {
        cancel(&store, run_id, &[], now).unwrap();
        true
    })
    .unwrap();
    let states: Vec<ItemState> = view.items.iter().map(|i| i.state).collect();
    assert_eq!(
        states,
        [ItemState::Sent, ItemState::Cancelled, ItemState::Cancelled]
    );
    assert_eq!(view.state, "cancelled");
    assert!(
        view.items[1].key_id.is_none(),
        "no key made after the cancel"
    );
    assert_eq!(audit_count(&store, "renewal.cancelled"), 2);
    // A sent item cannot be cancelled by name; an unknown one is named.
    let err = cancel(&store, run_id, &[ids[0]], now).unwrap_err();
    assert_eq!(err.code(), "renewal.wrong-state");
    let err = cancel(&store, run_id, &[1], now).unwrap_err();
    assert_eq!(err.code(), "renewal.item-not-found");

    // Retry takes one failed item and nothing else.
    let second = plan(&store, &plan_request(dir.path(), ids[1..].to_vec()), now)
        .unwrap()
        .run_id;
    let wrong: BTreeMap<i64, Secret> = ids[1..]
        .iter()
        .map(|&id| (id, Secret::from("ні")))
        .collect();
    let view = run_all(&store, second, &run_secrets(&wrong), &export, now).unwrap();
    assert!(view.items.iter().all(|i| i.state == ItemState::Failed));
    let view = retry(&store, second, ids[2], &secrets, &export, now, &mut |_| {
        true
    })
    .unwrap();
    assert_eq!(view.items[0].state, ItemState::Failed);
    assert_eq!(
        view.items[0].error_code.as_deref(),
        Some("key.wrong-password")
    );
    assert_eq!(view.items[1].state, ItemState::Sent);
    let err = retry(&store, second, ids[2], &secrets, &export, now, &mut |_| {
        true
    })
    .unwrap_err();
    assert_eq!(err.code(), "renewal.wrong-state");
}

#[test]
fn plans_carry_prices_and_start_warnings_and_expiring_counts_open_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b]) = two_directors(dir.path(), ["olena@romashka.ua", "taras@romashka.ua"], EC);
    let now = Utc::now();
    let ca = prices::ca_name(&registry::der(store.conn(), a).unwrap()).unwrap();
    prices::set(
        &store,
        &ca.to_uppercase(),
        Term::TwoYears,
        "1234.5",
        "uah",
        now,
    )
    .unwrap();
    prices::set(&store, &ca, Term::OneYear, "700", "UAH", now).unwrap();
    assert_eq!(prices::list(&store).unwrap().len(), 2);

    let found = expiring(&store, 30, &ExpiringFilter::default(), now).unwrap();
    assert_eq!(found.counts.total, 2);
    assert_eq!(found.counts.by_issuer[&ca], 2);
    assert_eq!(found.counts.in_open_run, 0);
    let none = expiring(&store, 10, &ExpiringFilter::default(), now).unwrap();
    assert_eq!(none.counts.total, 0, "they expire in 20 days");

    let expiry = registry::get(&store, b, now)
        .unwrap()
        .not_after
        .date_naive();
    let mut request = plan_request(dir.path(), vec![a, b]);
    request
        .start_for
        .insert(b, expiry - chrono::Duration::days(1));
    let planned = plan(&store, &request, now).unwrap();
    assert_eq!(planned.items[0].price.as_ref().unwrap().amount, "1234.50");
    assert_eq!(planned.totals, vec![prices::Money::new(246_900, "UAH")]);
    assert_eq!(planned.unpriced, 0);
    assert_eq!(planned.warnings.len(), 1);
    assert_eq!(planned.warnings[0].params["id"], b);
    assert!(!planned.phrase_stored);

    let found = expiring(
        &store,
        30,
        &ExpiringFilter {
            search: Some("TARAS@".into()),
            ..Default::default()
        },
        now,
    )
    .unwrap();
    assert_eq!(found.counts.total, 1);
    assert_eq!(found.certificates[0].cert_id, b);
    assert_eq!(found.certificates[0].run_id, Some(planned.run_id));
    assert_eq!(found.counts.in_open_run, 1);
    let other = ExpiringFilter {
        issuer: Some("nobody".into()),
        ..Default::default()
    };
    assert_eq!(expiring(&store, 30, &other, now).unwrap().counts.total, 0);

    // The price list changing later does not rewrite a plan; removing a
    // price twice names it.
    prices::remove(&store, &ca, Term::TwoYears, now).unwrap();
    let err = prices::remove(&store, &ca, Term::TwoYears, now).unwrap_err();
    assert_eq!(err.code(), "renewal.price-not-found");
    // A price the core cannot read is refused, never stored as a guess.
    let one_year = prices::price_of(&store, &ca, Term::OneYear).unwrap();
    for (ca_name, amount, code) in [
        (ca.as_str(), "12,345", "renewal.invalid-amount"),
        (ca.as_str(), "", "renewal.amount-required"),
        ("  ", "100", "renewal.price-ca-required"),
    ] {
        let err = prices::set(&store, ca_name, Term::OneYear, amount, "UAH", now).unwrap_err();
        assert_eq!(err.code(), code, "{ca_name:?} {amount:?}");
    }
    assert_eq!(
        prices::price_of(&store, &ca, Term::OneYear).unwrap(),
        one_year
    );
    let view = show_run(&store, planned.run_id).unwrap();
    assert_eq!(view.totals, planned.totals);
}

#[test]
fn requests_by_mail_go_to_the_outbox_once_per_item_in_the_ca_language() {
    use crate::mail::outbox::{self, State};
    use crate::mail::settings::{self as mail_settings, SaveOptions};
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b], run_id) = two_directors_planned(dir.path());
    let now = Utc::now();
    let to_ca = Delivery::Mail {
        to: "cert@acsk.example.ua".into(),
        language: Some("uk".into()),
    };
    let mut old = BTreeMap::from([(a, Secret::from("не той")), (b, Secret::from(OLD_PW))]);

    // Without an outgoing server nothing is made.
    let err = run_through(&store, run_id, &old, &to_ca).unwrap_err();
    assert_eq!(err.code(), "mail.not-configured");
    assert!(show_run(&store, run_id)
        .unwrap()
        .items
        .iter()
        .all(|i| i.state == ItemState::Planned && i.key_id.is_none()));

    mail_settings::save(
        &store,
        &outbox::tests_settings(),
        &SaveOptions {
            secret: None,
            allow_plain: false,
        },
        now,
    )
    .unwrap();
    let view = run_through(&store, run_id, &old, &to_ca).unwrap();
    assert_eq!(view.items[0].state, ItemState::Failed);
    assert_eq!(view.items[1].state, ItemState::Sent);
    assert_eq!(
        view.items[1].delivered_to.as_deref(),
        Some("mailto:cert@acsk.example.ua")
    );
    let mailed = Delivered::Mail {
        to: "cert@acsk.example.ua".into(),
    };
    assert_eq!(view.items[1].delivered, Some(mailed.clone()));
    assert_eq!(
        view.previous_delivery,
        Some(mailed),
        "the next run mails too"
    );
    let counts: Vec<_> = view.counts.iter().map(|c| (c.state, c.count)).collect();
    assert_eq!(counts, [(ItemState::Sent, 1), (ItemState::Failed, 1)]);
    assert_eq!(
        (view.pending, view.failed.clone()),
        (1, vec![view.items[0].cert_id])
    );
    assert!(view.actions.cancel_rest && view.actions.import_certificates);
    assert!(
        !view.actions.export_notification,
        "nothing is installed yet"
    );
    let (failed, sent) = (&view.items[0].actions, &view.items[1].actions);
    assert!(failed.cancel && !failed.record_receipt1 && !failed.import_receipt);
    assert!(sent.record_receipt1 && sent.record_receipt2 && sent.import_receipt && !sent.cancel);
    assert!(sent.sign_card, "the request exists");
    let b_item = view.items[1].item_id;
    assert!(view.items[0].mail.is_none());
    let mail = view.items[1]
        .mail
        .as_ref()
        .expect("the view shows the mail");
    assert_eq!(mail.state, "queued");
    let queued = outbox::by_reference(&store, &mailing::reference(b_item)).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].to, vec!["cert@acsk.example.ua".to_string()]);
    assert!(
        queued[0]
            .subject
            .starts_with("Запит на подовження сертифіката: Тарас"),
        "{}",
        queued[0].subject
    );
    let spooled =
        std::fs::read_to_string(outbox::spool_dir(&store).join(&queued[0].spool_file)).unwrap();
    let envelope_name = std::path::Path::new(view.items[1].request.as_ref().unwrap())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        attachment_name(&spooled),
        envelope_name,
        "the envelope is attached under the holder's name"
    );
    assert!(!spooled.contains(OLD_PW) && !spooled.contains(NEW_PW));

    // Stopped after the outbox took the mail but before the item said so:
    // the next run finds the mail and does not queue it again.
    back_to_formed(&store, "id", b_item);
    old.insert(a, Secret::from(OLD_PW));
    let view = run_through(&store, run_id, &old, &to_ca).unwrap();
    assert!(view.items.iter().all(|i| i.state == ItemState::Sent));
    assert_eq!(outbox::list(&store).unwrap().len(), 2, "one mail per item");

    // A mail the user cancelled in the outbox is replaced on the next run.
    outbox::cancel(&store, queued[0].id, now).unwrap();
    back_to_formed(&store, "id", b_item);
    run_through(&store, run_id, &old, &to_ca).unwrap();
    let for_b = outbox::by_reference(&store, &mailing::reference(b_item)).unwrap();
    assert_eq!(for_b.len(), 2);
    assert_eq!(for_b[0].state, State::Queued);
    assert_eq!(for_b[1].state, State::Cancelled);
    let shown = show_run(&store, run_id).unwrap();
    assert_eq!(
        shown.items[1].mail.as_ref().map(|m| m.outbox_id),
        Some(for_b[0].id),
        "the newest mail is the one shown"
    );
}

#[test]
fn the_preview_tells_what_a_plan_would_refuse_warn_and_cost_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [a, b]) = two_directors(dir.path(), ["olena@bk.ru", "taras@romashka.ua"], EC);
    let now = Utc::now();
    let ca = prices::ca_name(&registry::der(store.conn(), a).unwrap()).unwrap();
    prices::set(&store, &ca, Term::OneYear, "700", "UAH", now).unwrap();

    // The candidates already say whose e-mail a CA refuses, and who holds them.
    let found = candidates(&store, 30, now).unwrap();
    let olena = found.iter().find(|c| c.id == a).unwrap();
    assert!(olena.forbidden_email);
    assert_eq!(olena.holder, "Олена");
    assert!(!found.iter().find(|c| c.id == b).unwrap().forbidden_email);

    let expiry = registry::get(&store, b, now)
        .unwrap()
        .not_after
        .date_naive();
    let mut request = PreviewRequest {
        certificates: vec![a, b],
        term: Term::TwoYears,
        start: None,
        start_for: BTreeMap::from([(b, expiry - chrono::Duration::days(1))]),
        emails: BTreeMap::new(),
    };
    let shown = preview(&store, &request, now).unwrap();
    assert!(!shown.acceptable, "the forbidden e-mail stops the plan");
    assert!(shown.items[0].email_forbidden);
    assert!(!shown.items[1].email_forbidden);
    // The start warning measures from the old certificate's expiry, as the plan does.
    assert!(shown.items[0].warnings.is_empty());
    assert_eq!(
        shown.items[1].warnings[0].code,
        "renewal.start-close-to-expiry"
    );
    assert_eq!(shown.unpriced, 2, "no two-year price is set");
    assert!(shown.totals.is_empty());

    // Corrected, priced for one year, with a start after the expiry.
    request.term = Term::OneYear;
    request.emails.insert(a, "olena@romashka.ua".into());
    request
        .start_for
        .insert(b, expiry + chrono::Duration::days(1));
    let shown = preview(&store, &request, now).unwrap();
    assert!(!shown.items[0].email_forbidden);
    assert_eq!(
        shown.items[1].start_problem.as_ref().unwrap().code,
        "renewal.start-after-expiry"
    );
    assert!(!shown.acceptable);
    assert_eq!(shown.totals, vec![prices::Money::new(140_000, "UAH")]);
    assert_eq!(shown.unpriced, 0);

    request.start_for.clear();
    request.emails.insert(b, "not an address".into());
    let shown = preview(&store, &request, now).unwrap();
    assert!(shown.items[1].email_problem.is_some());
    assert!(!shown.items[1].email_forbidden);
    assert!(!shown.acceptable);

    request.emails.remove(&b);
    assert!(preview(&store, &request, now).unwrap().acceptable);

    // A certificate no plan may take is refused as the plan refuses it.
    request.certificates.push(1);
    assert_eq!(
        preview(&store, &request, now).unwrap_err().params()["reason"],
        "ca"
    );
    let runs = count_rows(&store, "renewal_run");
    assert_eq!(runs, 0, "a preview records nothing");
}

#[test]
fn a_term_is_read_only_as_1y_or_2y() {
    assert_eq!(
        serde_json::from_str::<Term>("\"1y\"").unwrap(),
        Term::OneYear
    );
    assert_eq!(
        serde_json::from_str::<Term>("\"2y\"").unwrap(),
        Term::TwoYears
    );
    for unknown in ["\"5y\"", "5", "\"\"", "2"] {
        assert!(serde_json::from_str::<Term>(unknown).is_err(), "{unknown}");
    }
}

/// The file name of a message's attachment, its RFC 2231 parts joined and
/// decoded: a holder's name in any script is sent percent-encoded.
fn attachment_name(message: &str) -> String {
    let mut bytes = Vec::new();
    for line in message.lines() {
        let Some(rest) = line.trim().strip_prefix("filename*") else {
            continue;
        };
        let value = rest.split_once("*=").expect("an encoded part").1;
        let value = value.trim_end_matches(';');
        let value = value.strip_prefix("utf-8''").unwrap_or(value);
        let mut chars = value.bytes();
        while let Some(b) = chars.next() {
            if b == b'%' {
                let hex: Vec<u8> = chars.by_ref().take(2).collect();
                let hex = std::str::from_utf8(&hex).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
    }
    String::from_utf8(bytes).expect("UTF-8 file name")
}
