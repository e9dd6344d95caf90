//! Generates the Tauri context and one permission per app command, so the
//! window's capability can grant exactly these commands and nothing else;
//! and names the commit the app is built from.

include!("src/commands/names.rs");
include!("build_info.rs");

fn main() {
    println!("cargo::rerun-if-changed=src-tauri/src/commands/names.rs");
    println!("cargo::rerun-if-changed=src-tauri/build_info.rs");
    emit_version_line();
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed");
}
