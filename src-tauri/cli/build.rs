//! Names the commit the `sealdesk` command is built from, as the desktop
//! app's build script does, so that `sealdesk --version` and the app's
//! Settings page say the same.

include!("../build_info.rs");

fn main() {
    println!("cargo::rerun-if-changed=../build_info.rs");
    emit_version_line();
}
