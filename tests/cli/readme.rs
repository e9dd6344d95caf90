//! The README's command-line examples run as written: the shell blocks of
//! the sections that need nothing outside this repository (no mail server,
//! token or outside CA) are run in order, with `bash -e`, in an empty
//! folder, as a new user would paste them from the repository's root.

use std::path::Path;
use std::process::Command;

/// The README sections whose examples are run, each with the indexes of its
/// shell blocks. The command-line section's first block installs the binary
/// and is left to the user; the token-and-CA block of the identities
/// section and the mail, outbox and renewal ones need a server, a token or
/// an outside CA's answers.
const RUNNABLE: &[(&str, &[usize])] = &[
    ("## The command line", &[1]),
    ("### Operators and companies", &[0]),
    ("### The company seal and its certificates", &[0]),
    ("### Signing documents", &[0]),
    ("### Verifying signatures", &[0]),
    ("### National business identifiers", &[0]),
    ("### Signing identities", &[0]),
    ("### Mail templates", &[0]),
];

/// The PDF the signing example copies from the repository.
const SAMPLE_PDF: &str = "src-tauri/core/fuzz/seeds/pdf_prepare/classic.pdf";

/// The shell blocks of the README, each with the heading it sits under.
fn shell_blocks(readme: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut heading = String::new();
    let mut current: Option<String> = None;
    let mut in_other_fence = false;
    for line in readme.lines() {
        if in_other_fence {
            in_other_fence = !line.starts_with("```");
            continue;
        }
        match &mut current {
            Some(block) if line.starts_with("```") => {
                blocks.push((heading.clone(), std::mem::take(block)));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None if line == "```sh" => current = Some(String::new()),
            None if line.starts_with("```") => in_other_fence = true,
            None if line.starts_with('#') => heading = line.to_owned(),
            None => {}
        }
    }
    blocks
}

/// The examples to run, in README order, calling `sealdesk` (the built
/// binary, first on the PATH, as after `cargo install`) on a data folder of
/// this test.
fn runnable_script(readme: &str, data_dir: &Path) -> String {
    let blocks = shell_blocks(readme);
    let mut script = String::new();
    for (section, indexes) in RUNNABLE {
        let of_section: Vec<&String> = blocks
            .iter()
            .filter(|(heading, _)| heading == section)
            .map(|(_, block)| block)
            .collect();
        assert!(
            !of_section.is_empty(),
            "the README has no section {section}"
        );
        for &index in *indexes {
            let block = of_section
                .get(index)
                .unwrap_or_else(|| panic!("{section} has no shell block {index}"));
            script.push_str(block);
        }
    }
    script
        .replace("cargo run -q -p sealdesk-cli --", "sealdesk")
        .replace("/tmp/sd", &data_dir.display().to_string())
}

#[test]
fn the_readme_examples_run_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let data_dir = work.path().join("store");
    let sample = work.path().join(SAMPLE_PDF);
    std::fs::create_dir_all(sample.parent().unwrap()).unwrap();
    std::fs::copy(root.join(SAMPLE_PDF), &sample).unwrap();

    let script = runnable_script(&readme, &data_dir);
    let binary_dir = Path::new(env!("CARGO_BIN_EXE_sealdesk")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(binary_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let output = Command::new("bash")
        .args(["-e", "-x", "-c", &script])
        .current_dir(work.path())
        .env("PATH", path)
        .env_remove("SEALDESK_DATA_DIR")
        .env_remove("SEALDESK_OPERATOR")
        .env_remove("SEALDESK_OPERATOR_PASSWORD_FILE")
        .env_remove("SEALDESK_COMPANY")
        .env_remove("LC_ALL")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("bash runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "a README example failed:\n{}",
        stderr
            .lines()
            .rev()
            .take(15)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // What the examples say they make is there, and the independent
    // verifiers they call agreed (bash -e stops at the first that does not).
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stderr.contains("CMS Verification successful"), "{stderr}");
    assert!(stdout.contains("Signature is Valid"), "{stdout}");
    for made in [
        "seal.pem",
        "jan.p12",
        "taras.csr",
        "faktura-signed.pdf",
        "seal.crl",
    ] {
        assert!(work.path().join(made).is_file(), "{made} was not written");
    }
}

#[test]
fn shell_blocks_are_read_under_their_heading_and_other_fences_are_skipped() {
    let readme =
        "# Title\n```sh\na\n```\n## Two\n```toml\n# not a heading\n```\n```sh\nb\nc\n```\n";
    assert_eq!(
        shell_blocks(readme),
        vec![
            ("# Title".to_owned(), "a\n".to_owned()),
            ("## Two".to_owned(), "b\nc\n".to_owned()),
        ]
    );
}
