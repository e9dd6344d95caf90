//! `sealdesk sign` on PDFs: PAdES baseline B-B signatures appended as
//! incremental updates, on files from many producers, each checked by
//! poppler's pdfsig, pyHanko and qpdf; and the refusals (wrong password,
//! encrypted or broken PDFs, unusable certificates) that leave no file.

use crate::support::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The sample PDFs (see tests/fixtures/pdf/README.md).
pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/pdf")
        .join(name)
}

const FIXTURES: [&str; 10] = [
    "002-trivial-libre-office-writer.pdf",
    "annotated_pdf.pdf",
    "crazyones-pdfa.pdf",
    "google-doc-document.pdf",
    "habibi.pdf",
    "minimal-document.pdf",
    "pdfkit.pdf",
    "pdflatex-4-pages.pdf",
    "pdflatex-forms.pdf",
    "with-attachment.pdf",
];

/// Runs an outside tool; a missing tool fails the test with how to get it.
pub(crate) fn tool(program: &str, args: &[&str], install: &str) -> Output {
    match Command::new(program).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("{program} is missing: {install} (scripts/test installs it)")
        }
        Err(e) => panic!("{program}: {e}"),
    }
}

pub(crate) fn pyhanko(args: &[&str]) -> Output {
    let program = std::env::var("SEALDESK_PYHANKO").unwrap_or_else(|_| {
        panic!("SEALDESK_PYHANKO is not set: run `source scripts/lib.sh; ensure_pyhanko` first")
    });
    tool(&program, args, "source scripts/lib.sh; ensure_pyhanko")
}

/// The independent verifiers, trusting the given CA certificates (PEM).
pub(crate) struct Verifiers {
    nss: PathBuf,
    trust: Vec<PathBuf>,
}

impl Verifiers {
    /// An NSS database for pdfsig in `dir`, trusting `trust`.
    pub(crate) fn new(dir: &Path, trust: &[&Path]) -> Self {
        let nss = dir.join("nssdb");
        std::fs::create_dir_all(&nss).unwrap();
        let db = format!("sql:{}", s(&nss));
        let out = tool(
            "certutil",
            &["-N", "--empty-password", "-d", &db],
            "apt-get install libnss3-tools",
        );
        assert!(out.status.success(), "{}", text(&out));
        for (n, ca) in trust.iter().enumerate() {
            let nick = format!("ca{n}");
            let out = tool(
                "certutil",
                &["-A", "-d", &db, "-n", &nick, "-t", "CT,C,C", "-i", s(ca)],
                "apt-get install libnss3-tools",
            );
            assert!(out.status.success(), "{}", text(&out));
        }
        Verifiers {
            nss,
            trust: trust.iter().map(|p| p.to_path_buf()).collect(),
        }
    }

    /// `signed` starts with every byte of `original` and carries
    /// `fields` (in signing order) as valid, trusted PAdES signatures, the
    /// last covering the whole file; qpdf finds its structure sound.
    pub(crate) fn assert_pades(&self, original: &Path, signed: &Path, fields: &[&str]) {
        let before = std::fs::read(original).unwrap();
        let after = std::fs::read(signed).unwrap();
        assert!(
            after.len() > before.len() && after[..before.len()] == before[..],
            "{}: the original is not a prefix of the signed file",
            s(signed)
        );
        self.assert_signed(signed, fields);
    }

    /// `signed` carries `fields` (in signing order) as valid, trusted
    /// PAdES signatures, the last covering the whole file, for pdfsig and
    /// pyHanko.
    pub(crate) fn assert_signed(&self, signed: &Path, fields: &[&str]) {
        let db = format!("sql:{}", s(&self.nss));
        let out = tool(
            "pdfsig",
            &["-nssdir", &db, s(signed)],
            "apt-get install poppler-utils",
        );
        // pdfsig exits 0 even on a digest mismatch: read what it says.
        let said = text(&out);
        let blocks: Vec<&str> = said.split("Signature #").skip(1).collect();
        assert_eq!(blocks.len(), fields.len(), "{}: {said}", s(signed));
        for block in &blocks {
            assert!(
                block.contains("Signature Validation: Signature is Valid."),
                "{}: {said}",
                s(signed)
            );
            assert!(
                block.contains("Certificate Validation: Certificate is Trusted."),
                "{}: {said}",
                s(signed)
            );
        }
        let last = blocks.last().unwrap();
        assert!(last.contains("Total document signed"), "{said}");
        assert!(
            last.contains("Signature Type: ETSI.CAdES.detached"),
            "{said}"
        );

        let mut args = vec!["sign", "validate"];
        for ca in &self.trust {
            args.extend_from_slice(&["--trust", s(ca)]);
        }
        args.extend_from_slice(&["--trust-replace", "--executive-summary", s(signed)]);
        let out = pyhanko(&args);
        let said = text(&out);
        // The summary is on stdout; stderr carries the Python libraries'
        // warnings, which also hold colons.
        let summary = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = summary.lines().filter(|l| l.contains(':')).collect();
        assert_eq!(lines.len(), fields.len(), "{}: {said}", s(signed));
        for (line, field) in lines.iter().zip(fields) {
            assert!(
                line.starts_with(&format!("{field}:")) && line.ends_with(":VALID"),
                "{}: {said}",
                s(signed)
            );
        }
        assert!(out.status.success(), "{said}");

        let out = tool("qpdf", &["--check", s(signed)], "apt-get install qpdf");
        assert_eq!(out.status.code(), Some(0), "{}: {}", s(signed), text(&out));
        assert!(
            text(&out).contains("No syntax or stream encoding errors found"),
            "{}",
            text(&out)
        );
    }
}

/// Signs `input` into the default `NAME-signed.pdf` and returns that path.
fn sign_pades(office: &Office, cert: &str, input: &Path, extra: &[&str]) -> PathBuf {
    let run = sign(office, cert, input, extra);
    assert_eq!(run.status, 0, "{}: {}", s(input), run.stderr);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["format"], "pades");
    let output = PathBuf::from(printed["output"].as_str().unwrap());
    if !extra.contains(&"--out") {
        let stem = input.file_stem().unwrap().to_str().unwrap();
        assert_eq!(output, input.with_file_name(format!("{stem}-signed.pdf")));
    }
    output
}

fn copy_in(office: &Office, name: &str) -> PathBuf {
    let path = office.path(name);
    std::fs::copy(fixture(name), &path).unwrap();
    path
}

/// No temporary file of ours is left in `dir`.
fn no_leftovers(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name();
        assert!(
            !name.to_string_lossy().starts_with(".sealdesk-"),
            "left behind: {name:?}"
        );
    }
}

#[test]
fn pdfs_from_many_producers_are_signed_and_every_verifier_accepts_them() {
    let office = office();
    let verifiers = Verifiers::new(&office.path(""), &[&office.path("seal.pem")]);
    let ec = new_signer(&office, "Олена Коваль", "ec-p256");
    let rsa = new_signer(&office, "Dana Levi", "rsa-2048");
    for (n, name) in FIXTURES.iter().enumerate() {
        let input = copy_in(&office, name);
        let cert = if n % 2 == 0 { &ec } else { &rsa };
        let signed = sign_pades(&office, cert, &input, &[]);
        verifiers.assert_pades(&input, &signed, &["Signature1"]);
    }

    // The verifiers do notice a change: one byte of the original flipped.
    let signed = office.path("pdfkit-signed.pdf");
    let mut bytes = std::fs::read(&signed).unwrap();
    let at = std::fs::metadata(office.path("pdfkit.pdf")).unwrap().len() as usize / 2;
    bytes[at] ^= 0x01;
    let tampered = office.path("tampered.pdf");
    std::fs::write(&tampered, bytes).unwrap();
    let db = format!("sql:{}", s(&verifiers.nss));
    let said = text(&tool(
        "pdfsig",
        &["-nssdir", &db, s(&tampered)],
        "apt-get install poppler-utils",
    ));
    assert_contains(&said, "Signature #1");
    assert!(!said.contains("Signature is Valid."), "{said}");
    let out = pyhanko(&[
        "sign",
        "validate",
        "--trust",
        s(&office.path("seal.pem")),
        "--trust-replace",
        "--executive-summary",
        s(&tampered),
    ]);
    assert!(text(&out).contains(":INVALID"), "{}", text(&out));
    assert!(!out.status.success());

    // A second signature on a signed file keeps the first one valid.
    let once = office.path("pdflatex-forms-signed.pdf");
    let twice = sign_pades(&office, &rsa, &once, &["--reason", "אישור / Затверджено"]);
    verifiers.assert_pades(&once, &twice, &["Signature1", "Signature2"]);
}

#[test]
fn rewritten_linearized_and_object_stream_files_are_signed() {
    let office = office();
    let verifiers = Verifiers::new(&office.path(""), &[&office.path("seal.pem")]);
    let cert = new_signer(&office, "Marco Rossi", "ec-p384");
    let source = fixture("pdflatex-forms.pdf");
    let qpdf_variants: [(&str, &[&str]); 3] = [
        ("object-streams.pdf", &["--object-streams=generate"]),
        ("linearized.pdf", &["--linearize"]),
        (
            "linearized-object-streams.pdf",
            &["--linearize", "--object-streams=generate"],
        ),
    ];
    let mut made = Vec::new();
    for (name, args) in qpdf_variants {
        let out_path = office.path(name);
        let mut all = args.to_vec();
        all.extend_from_slice(&[s(&source), s(&out_path)]);
        let out = tool("qpdf", &all, "apt-get install qpdf");
        assert!(out.status.success(), "{}", text(&out));
        made.push(out_path);
    }
    let gs_out = office.path("ghostscript.pdf");
    let out = tool(
        "gs",
        &[
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            &format!("-sOutputFile={}", s(&gs_out)),
            s(&fixture("pdflatex-4-pages.pdf")),
        ],
        "apt-get install ghostscript",
    );
    assert!(out.status.success(), "{}", text(&out));
    made.push(gs_out);

    for input in &made {
        let signed = sign_pades(&office, &cert, input, &[]);
        verifiers.assert_pades(input, &signed, &["Signature1"]);
    }

    // An explicit output name and a reason in any script.
    let input = &made[0];
    let out = office.path("umowa podpisana.pdf");
    let signed = sign_pades(
        &office,
        &cert,
        input,
        &["--out", s(&out), "--reason", "Згода / הסכמה"],
    );
    assert_eq!(signed, out);
    verifiers.assert_pades(input, &out, &["Signature1"]);
    let bytes = std::fs::read(&out).unwrap();
    let reason_hex: String = "Згода / הסכמה"
        .encode_utf16()
        .map(|u| format!("{u:04X}"))
        .collect();
    let needle = format!("/Reason <FEFF{reason_hex}>");
    assert!(
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
        "the reason is in the signature dictionary"
    );
}

#[test]
fn a_pdf_signed_by_pyhanko_first_keeps_both_signatures_valid() {
    let office = office();
    // pyHanko signs with a certificate of ours exported as PKCS#12.
    let first = new_signer(&office, "Jan Nowak", "ec-p256");
    let p12 = office.path("jan.p12");
    let p12_pw = secret_file(&office.path(""), "p12-pw", "Eksport-2026");
    office.json(&[
        "cert",
        "export",
        "--id",
        &first,
        "--out",
        s(&p12),
        "--key-password-file",
        s(&office.user_pw),
        "--p12-password-file",
        s(&p12_pw),
    ]);
    let input = copy_in(&office, "pdflatex-4-pages.pdf");
    let verifiers = Verifiers::new(&office.path(""), &[&office.path("seal.pem")]);
    // pdfsig 22.12 reports "Unknown issue with Certificate" for a second
    // signature by the same certificate (on pyHanko's own files too), so
    // the second signature is another signer's.
    let second = new_signer(&office, "Anna Nowak", "rsa-2048");
    // A plain approval signature, and a certification that allows form
    // filling and signing (DocMDP P=2, pyHanko's default).
    for (name, extra) in [("pyhanko.pdf", None), ("certified.pdf", Some("--certify"))] {
        let by_pyhanko = office.path(name);
        let mut args = vec!["sign", "addsig", "--field", "Signature1"];
        args.extend(extra);
        args.extend_from_slice(&[
            "pkcs12",
            "--passfile",
            s(&p12_pw),
            s(&input),
            s(&by_pyhanko),
            s(&p12),
        ]);
        let out = pyhanko(&args);
        assert!(out.status.success(), "{}", text(&out));
        let signed = sign_pades(&office, &second, &by_pyhanko, &[]);
        verifiers.assert_pades(&by_pyhanko, &signed, &["Signature1", "Signature2"]);
        // SealDesk's own check agrees: the second signature only added
        // what signing adds.
        let run = office.run(&["--json", "verify", s(&signed)]);
        assert_eq!(run.status, 0, "{name}: {} {}", run.stdout, run.stderr);
    }

    // A certification that allows no change (DocMDP P=1) is respected:
    // pyHanko's command line cannot make one, its library can.
    let locked = office.path("locked.pdf");
    let script = format!(
        "from pyhanko.sign import signers\n\
         from pyhanko.sign.fields import MDPPerm\n\
         from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter\n\
         signer = signers.SimpleSigner.load_pkcs12({p12:?}, passphrase=open({pw:?}, 'rb').read())\n\
         meta = signers.PdfSignatureMetadata(field_name='Signature1', certify=True, \
         docmdp_permissions=MDPPerm.NO_CHANGES)\n\
         with open({input:?}, 'rb') as f, open({out:?}, 'wb') as out:\n    \
         signers.sign_pdf(IncrementalPdfFileWriter(f), meta, signer=signer, output=out)\n",
        p12 = s(&p12),
        pw = s(&p12_pw),
        input = s(&input),
        out = s(&locked),
    );
    let out = tool(
        s(&pyhanko_python()),
        &["-c", &script],
        "source scripts/lib.sh; ensure_pyhanko",
    );
    assert!(out.status.success(), "{}", text(&out));
    expect_error(
        &sign(&office, &second, &locked, &[]),
        "pdf.no-changes-allowed",
    );
    assert!(!office.path("locked-signed.pdf").exists());
}

/// The Python of pyHanko's environment, beside its `pyhanko` command.
fn pyhanko_python() -> PathBuf {
    let pyhanko = std::env::var("SEALDESK_PYHANKO").unwrap_or_else(|_| {
        panic!("SEALDESK_PYHANKO is not set: run `source scripts/lib.sh; ensure_pyhanko` first")
    });
    Path::new(&pyhanko).with_file_name("python")
}

#[test]
fn unsignable_pdfs_wrong_passwords_and_unusable_certificates_leave_no_file() {
    let office = office();
    let cert = new_signer(&office, "Jan Nowak", "ec-p256");
    let folder = office.path("");
    let input = copy_in(&office, "pdfkit.pdf");
    let signed = office.path("pdfkit-signed.pdf");

    let wrong = secret_file(&folder, "wrong", "nie-to-hasło");
    let run = office.sign_with(&cert, &wrong, &input);
    expect_error(&run, "key.wrong-password");
    assert!(!signed.exists(), "nothing written after a wrong password");

    let encrypted = copy_in(&office, "libreoffice-writer-password.pdf");
    expect_error(&sign(&office, &cert, &encrypted, &[]), "pdf.encrypted");
    assert!(!office
        .path("libreoffice-writer-password-signed.pdf")
        .exists());

    let whole = std::fs::read(&input).unwrap();
    for (name, bytes) in [
        ("truncated.pdf", whole[..whole.len() / 2].to_vec()),
        ("no-tail.pdf", whole[..whole.len() - 40].to_vec()),
        (
            "garbage.pdf",
            b"%PDF-1.7\n1 0 obj <</Type /Catalog\nstartxref\n9\n%%EOF\n".to_vec(),
        ),
    ] {
        let broken = office.path(name);
        std::fs::write(&broken, bytes).unwrap();
        let run = sign(&office, &cert, &broken, &[]);
        expect_error(&run, "pdf.unreadable");
        let stem = name.trim_end_matches(".pdf");
        assert!(!office.path(&format!("{stem}-signed.pdf")).exists());
    }
    // A stand-in PDF still signs as a separate .p7s when asked.
    let stand_in = office.path("garbage.pdf");
    let run = sign(&office, &cert, &stand_in, &["--detached"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["format"], "cades");
    let signature = office.path("garbage.pdf.p7s");
    let seal = office.path("seal.pem");
    let verified = cms_verify(s(&signature), Some(s(&stand_in)), &seal, "/dev/null");
    assert!(verified.status.success(), "{}", text(&verified));

    sign_pades(&office, &cert, &input, &[]);
    expect_error(&sign(&office, &cert, &input, &[]), "io.file-exists");
    let out = office.path("pdfkit.pdf");
    expect_error(
        &sign(&office, &cert, &input, &["--out", s(&out)]),
        "io.file-exists",
    );
    assert_eq!(
        std::fs::read(&input).unwrap(),
        whole,
        "the input is untouched"
    );

    let revoked = new_signer(&office, "Revoked Signer", "ec-p256");
    office.json(&["cert", "revoke", "--id", &revoked]);
    let other = copy_in(&office, "habibi.pdf");
    let run = sign(&office, &revoked, &other, &[]);
    expect_error(&run, "sign.certificate-not-usable");
    assert_contains(&run.stderr, "revoked");
    assert!(!office.path("habibi-signed.pdf").exists());
    no_leftovers(&folder);

    // The history holds the PDF signature and the .p7s, not the refusals.
    let conn = rusqlite::Connection::open(crate::store_file(&office.data)).unwrap();
    let signed: Vec<String> = conn
        .prepare("SELECT detail FROM audit_event WHERE action = 'document.signed' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(signed.len(), 2, "{signed:?}");
    assert!(signed[0].contains("\"format\":\"cades\""), "{signed:?}");
    assert!(signed[1].contains("\"format\":\"pades\""), "{signed:?}");
    assert!(signed[1].contains("pdfkit.pdf"), "{signed:?}");
}

/// `name` from the fixtures as PDF readers still open it but with its
/// `%PDF-` header not at the start: 100 bytes of junk before it (as mail
/// gateways and downloads leave), or the header blanked out.
fn misplaced_header(office: &Office, name: &str) -> [PathBuf; 2] {
    let whole = std::fs::read(fixture(name)).unwrap();
    let junk = office.path("junk-before.pdf");
    let prefix = b"X-Gateway: scanned; no threats found\r\n".repeat(3);
    std::fs::write(&junk, [&prefix[..100], &whole[..]].concat()).unwrap();
    let headerless = office.path("headerless.pdf");
    let line = whole.iter().position(|b| *b == b'\n').unwrap();
    let blanked = [vec![b' '; line], whole[line..].to_vec()].concat();
    std::fs::write(&headerless, blanked).unwrap();
    for path in [&junk, &headerless] {
        let out = tool("pdfinfo", &[s(path)], "apt-get install poppler-utils");
        assert!(
            out.status.success(),
            "poppler opens {}: {}",
            s(path),
            text(&out)
        );
    }
    [junk, headerless]
}

#[test]
fn a_pdf_whose_header_is_not_at_its_start_is_refused_never_signed_as_a_cms() {
    let office = office();
    let cert = new_signer(&office, "Jan Nowak", "ec-p256");
    for input in misplaced_header(&office, "pdfkit.pdf") {
        let stem = input.file_stem().unwrap().to_str().unwrap().to_string();
        let run = sign(&office, &cert, &input, &[]);
        expect_error(&run, "pdf.header-not-at-start");
        assert_contains(&run.stderr, "--detached");
        let out = office.path(&format!("{stem}-out.pdf"));
        expect_error(
            &sign(&office, &cert, &input, &["--out", s(&out)]),
            "pdf.header-not-at-start",
        );
        assert!(!office.path(&format!("{stem}-signed.pdf")).exists());
        assert!(!out.exists());
        assert!(!office.path(&format!("{stem}.pdf.p7s")).exists());

        // Asked for, a separate signature is written beside it, under a
        // .p7s name only, and `verify` finds it.
        for name in [format!("{stem}-sig.pdf"), format!("{stem}-sig.PDF")] {
            let out = office.path(&name);
            expect_error(
                &sign(&office, &cert, &input, &["--detached", "--out", s(&out)]),
                "pdf.detached-output-named-pdf",
            );
            assert!(!out.exists());
        }
        let run = sign(&office, &cert, &input, &["--detached"]);
        assert_eq!(run.status, 0, "{}", run.stderr);
        let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(printed["format"], "cades");
        assert_eq!(
            printed["output"],
            s(&office.path(&format!("{stem}.pdf.p7s")))
        );
        let verified = office.json(&["verify", s(&input)]);
        assert_eq!(verified["valid"], true, "{verified}");
        assert_eq!(verified["format"], "cades", "{verified}");
    }
    no_leftovers(&office.path(""));
}

/// A one-page PDF of `objects` (numbered from 1) with a classic
/// cross-reference table; object 1 is the catalog.
fn handmade_pdf(objects: &[&str]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (n, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", n + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn forms_and_annotations_are_extended_wherever_they_live() {
    let office = office();
    let verifiers = Verifiers::new(&office.path(""), &[&office.path("seal.pem")]);
    let cert = new_signer(&office, "Yael Cohen", "ec-p256");
    let content = "<< /Length 36 >>\nstream\nBT /F1 24 Tf 72 720 Td (Hello) Tj ET\nendstream";
    let field =
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Signature1) /Rect [10 10 100 30] /P 3 0 R >>";
    // The form, its fields and the page's annotations all indirect; a
    // field already named Signature1.
    let indirect = handmade_pdf(&[
        "<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots 4 0 R /Contents 8 0 R >>",
        "[7 0 R]",
        "<< /Fields 6 0 R /DA (/Helv 0 Tf 0 g) >>",
        "[7 0 R]",
        field,
        content,
    ]);
    // The form direct in the catalog, the annotations direct on a page
    // one level down a nested page tree.
    let direct = handmade_pdf(&[
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [7 0 R] /SigFlags 1 >> >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Annots [7 0 R] /Contents 8 0 R >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 1 >>",
        "null",
        "null",
        field,
        content,
    ]);
    for (name, bytes) in [("indirect.pdf", indirect), ("direct.pdf", direct)] {
        let input = office.path(name);
        std::fs::write(&input, bytes).unwrap();
        let out = tool("qpdf", &["--check", s(&input)], "apt-get install qpdf");
        assert_eq!(
            out.status.code(),
            Some(0),
            "the sample is sound: {}",
            text(&out)
        );
        let signed = sign_pades(&office, &cert, &input, &[]);
        verifiers.assert_pades(&input, &signed, &["Signature2"]);
        let update = std::fs::read(&signed).unwrap()
            [std::fs::metadata(&input).unwrap().len() as usize..]
            .to_vec();
        let update = String::from_utf8_lossy(&update);
        assert_contains(&update, "/SigFlags 3");
        if name == "indirect.pdf" {
            // The arrays themselves are rewritten, not the page or catalog.
            assert_contains(&update, "\n4 0 obj\n[7 0 R 10 0 R]");
            assert_contains(&update, "\n6 0 obj\n[7 0 R 10 0 R]");
            assert!(!update.contains("\n3 0 obj"), "{update}");
            assert!(!update.contains("\n1 0 obj"), "{update}");
        }
    }
}
