//! Tauri commands: each parses its arguments, calls one core function and
//! maps the error to the `{code, params, message}` form the UI localizes.

/// Declares Tauri commands that are one use case and nothing more, each as
/// `fn name(arguments) -> Answer = act(use case);` or `= on_worker(use
/// case);`, so the frame around the use case is written once: the command
/// takes the app state and its typed arguments, runs the use case on the
/// unlocked store (`act`: quick work, on the calling thread) or on a worker
/// thread with a connection of its own (`on_worker`: key work, tokens,
/// files, the network), and returns the answer or the error the window
/// localizes.
macro_rules! use_case_commands {
    () => {};
    (
        @command [$($attr:tt)*] [$($async:tt)?] $name:ident($($arg:ident: $ty:ty),* $(,)?)
        -> $answer:ty = $run:ident($work:expr) [$($await:tt)*]
    ) => {
        $($attr)*
        #[tauri::command]
        pub $($async)? fn $name(
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> Result<$answer, sealdesk_core::error::ErrorPayload> {
            crate::state::$run(&state, $work) $($await)*
        }
    };
    ($(#[$attr:meta])* fn $name:ident $params:tt -> $answer:ty = act($work:expr); $($rest:tt)*) => {
        use_case_commands!(@command [$(#[$attr])*] [] $name $params -> $answer = act($work) []);
        use_case_commands!($($rest)*);
    };
    (
        $(#[$attr:meta])* fn $name:ident $params:tt -> $answer:ty = on_worker($work:expr);
        $($rest:tt)*
    ) => {
        use_case_commands!(
            @command [$(#[$attr])*] [async] $name $params -> $answer = on_worker($work) [.await]
        );
        use_case_commands!($($rest)*);
    };
}

mod backup;
mod certificate_files;
mod companies;
mod documents;
mod identity;
mod mail;
#[cfg_attr(not(test), allow(dead_code))]
mod names;
mod outbox;
mod pki;
mod portal_users;
mod renewal;
mod session;
mod settings;

/// The handler for every command the UI may call: the same commands as
/// `names::COMMANDS` (the test below checks it).
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        session::app_info,
        session::password_strength,
        session::setup_administrator,
        session::unlock,
        session::recover_password,
        session::lock,
        session::touch_session,
        companies::signed_in,
        companies::open_company,
        companies::list_companies,
        companies::create_company,
        companies::update_company,
        companies::list_operators,
        companies::add_operator,
        portal_users::list_contractors,
        portal_users::add_contractor,
        portal_users::list_portal_users,
        portal_users::add_portal_user,
        portal_users::update_portal_user,
        portal_users::set_portal_user_disabled,
        portal_users::import_portal_users,
        settings::set_language,
        settings::set_idle_lock,
        settings::recent_activity,
        settings::first_steps,
        settings::hide_first_steps,
        backup::backup_store,
        backup::restore_backup,
        pki::pki_limits,
        pki::check_seal_organization_id,
        pki::list_seals,
        pki::create_seal,
        pki::export_seal,
        pki::revoke_seal,
        pki::list_certificates,
        pki::certificate_detail,
        pki::issue_certificate,
        pki::revoke_certificate,
        pki::trust_certificate,
        pki::untrust_certificate,
        pki::create_csr,
        certificate_files::import_certificate,
        certificate_files::export_certificate,
        certificate_files::export_certificate_pkcs12,
        documents::signing_certificates,
        documents::check_documents,
        documents::sign_documents,
        documents::stop_signing,
        documents::verify_document,
        identity::identity_limits,
        identity::check_business_id,
        identity::register_identity,
        identity::list_identities,
        identity::select_identity,
        identity::remove_identity,
        identity::attach_identity_certificate,
        renewal::renewal_options,
        renewal::renewal_candidates,
        renewal::preview_renewal_plan,
        renewal::check_phone,
        renewal::renewal_prices,
        renewal::set_renewal_price,
        renewal::remove_renewal_price,
        renewal::plan_renewal,
        renewal::run_renewal,
        renewal::stop_renewal,
        renewal::cancel_renewal,
        renewal::renewal_phrase,
        renewal::list_renewal_runs,
        renewal::show_renewal_run,
        renewal::record_renewal_receipt,
        renewal::sign_renewal_card,
        renewal::import_renewal_receipt,
        renewal::export_renewal_notification,
        renewal::import_renewal_certificates,
        mail::mail_provider,
        mail::mail_settings,
        mail::test_mail_settings,
        mail::save_mail_settings,
        outbox::mail_templates,
        outbox::mail_template,
        outbox::save_mail_template,
        outbox::reset_mail_template,
        outbox::preview_mail_template,
        outbox::outbox_list,
        outbox::outbox_retry,
        outbox::outbox_cancel,
        outbox::outbox_deliver_now,
        outbox::attachment_size,
        outbox::send_choices,
        outbox::send_document,
        outbox::send_signed_document,
    ]
}

#[cfg(test)]
mod tests {
    use super::names::COMMANDS;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn listed() -> BTreeSet<&'static str> {
        let set: BTreeSet<_> = COMMANDS.iter().copied().collect();
        assert_eq!(set.len(), COMMANDS.len(), "a command is listed twice");
        set
    }

    /// The names `handler` routes, read from this file's `generate_handler!`.
    fn routed() -> BTreeSet<String> {
        let source = include_str!("mod.rs");
        let start = source.find("generate_handler![").expect("handler list") + 18;
        let end = start + source[start..].find(']').expect("end of handler list");
        source[start..end]
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| entry.rsplit("::").next().unwrap().to_string())
            .collect()
    }

    /// The app commands the window's capability grants.
    fn granted() -> BTreeSet<String> {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).unwrap();
        config["app"]["security"]["capabilities"]
            .as_array()
            .expect("capabilities")
            .iter()
            .flat_map(|capability| capability["permissions"].as_array().unwrap())
            .filter_map(|permission| permission.as_str())
            .filter(|permission| !permission.contains(':'))
            .map(|permission| {
                permission
                    .strip_prefix("allow-")
                    .unwrap_or_else(|| panic!("{permission} is not an allow- permission"))
                    .replace('-', "_")
            })
            .collect()
    }

    /// The TypeScript the window imports its command names from.
    fn rendered_commands_ts() -> String {
        let mut text = String::from(
            "// Generated from src-tauri/src/commands/names.rs by `cargo test`; do not edit.\n\n\
             /** Every command the window may invoke. */\n\
             export const COMMANDS = [\n",
        );
        for name in COMMANDS {
            text.push_str(&format!("  \"{name}\",\n"));
        }
        text.push_str("] as const;\n\n/** The name of a command the window may invoke. */\n");
        text.push_str("export type CommandName = (typeof COMMANDS)[number];\n");
        text
    }

    #[test]
    fn the_handler_routes_exactly_the_listed_commands() {
        let listed: BTreeSet<String> = listed().into_iter().map(String::from).collect();
        assert_eq!(routed(), listed);
    }

    #[test]
    fn the_capability_grants_exactly_the_listed_commands() {
        let listed: BTreeSet<String> = listed().into_iter().map(String::from).collect();
        assert_eq!(granted(), listed);
    }

    /// Writes the command list for the window, as ts-rs writes the types;
    /// `scripts/test` fails when the committed file differs afterwards.
    #[test]
    fn the_window_gets_the_listed_command_names() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/generated/commands.ts");
        let text = rendered_commands_ts();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}
