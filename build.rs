//! Bakes the extractor fingerprint (see `src/fingerprint.rs`) into the build.

#[path = "src/fingerprint.rs"]
#[allow(dead_code)]
mod fingerprint;

fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    for input in fingerprint::INPUTS {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-changed=src/fingerprint.rs");
    let fp = fingerprint::fingerprint(&root, fingerprint::INPUTS).expect("hashing the extractor inputs");
    println!("cargo:rustc-env=NEWSFRAME_EXTRACTOR_FINGERPRINT={fp}");
}
