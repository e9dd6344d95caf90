//! Generates the Tauri context and one permission per app command, so the
//! window's capability can grant exactly these commands and nothing else.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed");
}

/// Every command the UI may invoke; keep in step with `commands::handler`.
const COMMANDS: [&str; 50] = [
    "app_info",
    "password_strength",
    "setup_administrator",
    "unlock",
    "recover_password",
    "lock",
    "touch_session",
    "set_language",
    "set_idle_lock",
    "recent_activity",
    "backup_store",
    "pki_limits",
    "list_seals",
    "create_seal",
    "export_seal",
    "revoke_seal",
    "list_certificates",
    "certificate_detail",
    "issue_certificate",
    "revoke_certificate",
    "create_csr",
    "import_certificate",
    "export_certificate",
    "export_certificate_pkcs12",
    "signing_certificates",
    "sign_documents",
    "stop_signing",
    "verify_document",
    "identity_limits",
    "check_business_id",
    "register_identity",
    "list_identities",
    "select_identity",
    "attach_identity_certificate",
    "renewal_options",
    "renewal_candidates",
    "check_phone",
    "plan_renewal",
    "run_renewal",
    "stop_renewal",
    "cancel_renewal",
    "renewal_phrase",
    "list_renewal_runs",
    "show_renewal_run",
    "record_renewal_receipt",
    "import_renewal_certificates",
    "mail_provider",
    "mail_settings",
    "test_mail_settings",
    "save_mail_settings",
];
