//! Tauri commands: each parses its arguments, calls one core function and
//! maps the error to the `{code, params, message}` form the UI localizes.

mod backup;
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
    ]
}
