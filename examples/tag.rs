//! Print the entity mentions of a text file as the tagger gives them (before resolution).
//! Usage: cargo run --release --example tag -- FILE
fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).expect("usage: tag FILE");
    let text = std::fs::read_to_string(&path)?;
    let tagger = newsframe::extract::entities::Tagger::bundled()?;
    let a = newsframe::extract::analysis::Analysis::new(&text);
    for m in newsframe::extract::entities::extract(&a, &tagger) {
        println!("{}\t{}\t{}", m.span.start, m.label.as_str(), m.text);
    }
    Ok(())
}
