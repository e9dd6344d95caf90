//! Tauri commands: each parses its arguments, calls one core function and
//! maps the error to the `{code, params, message}` form the UI localizes.

mod backup;
mod certificate_files;
mod documents;
mod identity;
mod mail;
mod outbox;
mod pki;
mod renewal;
mod session;
mod settings;

/// The handler for every command the UI may call. Keep the list in step with
/// `build.rs`, which generates the permission each command needs.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        session::app_info,
        session::password_strength,
        session::setup_administrator,
        session::unlock,
        session::recover_password,
        session::lock,
        session::touch_session,
        settings::set_language,
        settings::set_idle_lock,
        settings::recent_activity,
        backup::backup_store,
        pki::pki_limits,
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
        documents::sign_documents,
        documents::stop_signing,
        documents::verify_document,
        identity::identity_limits,
        identity::check_business_id,
        identity::register_identity,
        identity::list_identities,
        identity::select_identity,
        identity::attach_identity_certificate,
        renewal::renewal_options,
        renewal::renewal_candidates,
        renewal::check_phone,
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
        outbox::send_document,
        outbox::send_signed_document,
    ]
}
