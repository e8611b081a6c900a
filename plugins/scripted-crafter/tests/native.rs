//! The native harness on a few seeds: the protocol round-trips, memory is used (or not), and the
//! scripted policy beats random play.

#[allow(dead_code)]
#[path = "../examples/play_native.rs"]
mod play_native;

use play_native::{Mode, average, play};

#[test]
fn memory_on_writes_notes_and_memory_off_issues_no_ops() -> Result<(), String> {
    let on = play(42, Mode::MemoryOn, 150)?;
    assert!(on.ops > 0);
    assert!(on.files.get("map_notes.txt").is_some_and(|&n| n > 0), "{:?}", on.files);
    assert!(on.files.get("actions_log.txt").is_some_and(|&n| n > 0 && n <= 12), "{:?}", on.files);
    let off = play(42, Mode::MemoryOff, 150)?;
    assert_eq!(off.ops, 0);
    assert!(off.files.values().all(|&n| n == 0));
    Ok(())
}

#[test]
fn beats_random_play_and_repeats_exactly() -> Result<(), String> {
    let seeds = [43, 44];
    let (scripted, _) = average(Mode::MemoryOn, &seeds, 300)?;
    let (random, _) = average(Mode::Random, &seeds, 300)?;
    assert!(scripted >= random + 3.0, "scripted {scripted} vs random {random}");
    let a = play(44, Mode::MemoryOn, 120)?;
    let b = play(44, Mode::MemoryOn, 120)?;
    assert_eq!((a.achievements, a.steps, a.ops), (b.achievements, b.steps, b.ops));
    Ok(())
}
