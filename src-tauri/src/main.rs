//! The SealDesk desktop application: a Tauri window over `sealdesk-core`.
//!
//! Commands are thin adapters (see `commands`); all logic lives in the core.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod launch;
mod state;

use tauri::Manager;

fn main() {
    let options = launch::LaunchOptions::from_args(std::env::args_os().skip(1));
    let state = state::AppState::open(options.data_dir);
    let result = tauri::Builder::default()
        .manage(state)
        // Native file pickers; the capability grants only open and save.
        .plugin(tauri_plugin_dialog::init())
        // Shows a signed file in the file manager; the capability grants
        // nothing else of the opener.
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!("tauri.conf.json"));
    match result {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                // The message being sent finishes; the rest wait for the
                // next start.
                handle.state::<state::AppState>().stop_outbox();
            }
        }),
        Err(err) => {
            eprintln!("SealDesk could not start its window: {err}");
            std::process::exit(1);
        }
    }
}
