//! Generates the Tauri context and one permission per app command, so the
//! window's capability can grant exactly these commands and nothing else.

include!("src/commands/names.rs");

fn main() {
    println!("cargo::rerun-if-changed=src/commands/names.rs");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed");
}
