#[path = "support/exchange_fixtures.rs"]
mod exchange_fixtures;
use chrono::{FixedOffset, TimeZone};
use eightfold::formats::exchange::*;
use exchange_fixtures::*;
#[test]
fn perf() {
    let t = eightfold::domain::eight_types();
    let a = sample_assessment(&t);
    let f = export_assessment(&t, &a, sample_exported_at()).unwrap();
    println!("size {}", f.bytes.len());
    let start = std::time::Instant::now();
    for _ in 0..200 {
        let i = import_file("x", &f.bytes, &[]).unwrap();
        assert_eq!(i.digest_status, DigestStatus::Verified);
    }
    println!("200 imports {:?}", start.elapsed());
    let odd = FixedOffset::east_opt(8 * 3600 + 343)
        .unwrap()
        .with_ymd_and_hms(1900, 1, 1, 0, 0, 0)
        .unwrap();
    let mut b = a.clone();
    b.created = odd;
    let f = export_assessment(&t, &b, sample_exported_at()).unwrap();
    println!(
        "odd offset: {:?}",
        import_file("x", &f.bytes, &[]).map(|i| i.digest_status)
    );
}
