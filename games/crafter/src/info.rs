//! The structured state as one JSON object, for schema helpers. Written by hand (no serde) to
//! keep the component small; every key is fixed and every value a number, bool or known name.
//!
//! ```text
//! {"step":3,"world_step":4,"area":[64,64],"position":[32,32],
//!  "facing":{"dx":0,"dy":1,"direction":"south","target":"grass"},
//!  "vitals":{"health":9,"food":9,"drink":9,"energy":9},"sleeping":false,"dead":false,
//!  "inventory":{"sapling":0,...,"iron_sword":0},"achievements":["collect_wood"],
//!  "progression":0.045455,"daylight":0.797,
//!  "nearest":{"tree":[-2,1],"water":[3,0],"cow":[1,-2]}}
//! ```
//! `nearest` maps each kind inside the 9x7 view (grass, sand and path left out) to the `[dx, dy]`
//! offset of its nearest cell (Manhattan distance, ties to the first found scanning columns
//! west to east); unlike the text, any water cell counts, not only edges. Keys come in listing
//! order. `target` is what the player faces, including ground ("grass") and "nothing" off the map.

use crate::rules::{ACHIEVEMENTS, Item};
use crate::sim::Sim;
use crate::text::{View, push_direction};
use core::fmt::Write;

/// Append the info object for the current state to `out`.
pub fn write_json(sim: &Sim, view: &View, steps: u32, out: &mut String) {
    let p = &sim.player;
    let _ = write!(
        out,
        "{{\"step\":{},\"world_step\":{},\"area\":[{},{}],\"position\":[{},{}],",
        steps, sim.step, sim.world.width, sim.world.height, p.x, p.y
    );
    let _ = write!(out, "\"facing\":{{\"dx\":{},\"dy\":{},\"direction\":\"", p.facing.0, p.facing.1);
    push_direction(out, p.facing.0, p.facing.1);
    let target = view.facing(p.facing).map_or("nothing", |t| t.name());
    let _ = write!(out, "\",\"target\":\"{target}\"}},\"vitals\":{{");
    for (n, vital) in Item::VITALS.into_iter().enumerate() {
        let _ = write!(out, "{}\"{}\":{}", if n > 0 { "," } else { "" }, vital.name(), p.get(vital));
    }
    let _ = write!(out, "}},\"sleeping\":{},\"dead\":{},\"inventory\":{{", p.sleeping, p.health() <= 0);
    for (n, item) in Item::ALL.into_iter().filter(|i| !i.is_vital()).enumerate() {
        let _ = write!(out, "{}\"{}\":{}", if n > 0 { "," } else { "" }, item.name(), p.get(item));
    }
    out.push_str("},\"achievements\":[");
    let mut first = true;
    for (i, name) in ACHIEVEMENTS.iter().enumerate() {
        if p.achievements & (1 << i) != 0 {
            let _ = write!(out, "{}\"{}\"", if first { "" } else { "," }, name);
            first = false;
        }
    }
    let progression = f64::from(p.achievements.count_ones()) / ACHIEVEMENTS.len() as f64;
    let _ = write!(out, "],\"progression\":{progression:.6},\"daylight\":{:.3},\"nearest\":{{", sim.daylight);
    for (n, &(thing, dx, dy)) in view.nearest(true, true).iter().enumerate() {
        let _ = write!(out, "{}\"{}\":[{},{}]", if n > 0 { "," } else { "" }, thing.name(), dx, dy);
    }
    out.push_str("}}");
}
