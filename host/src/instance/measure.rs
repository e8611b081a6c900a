//! How big a plugin's answer is, measured on any value the bindings return (they all derive
//! `Serialize`), so one check covers every export of every world: every string and byte list
//! counts its length, and every list entry (and map entry) counts [`ENTRY_BYTES`] more, so a
//! list of a million empty strings is not free. Counting stops as soon as the limit is passed.
use serde::ser::{self, Serialize};

/// What one list entry costs beyond its content: the guest's (pointer, length) pair.
pub const ENTRY_BYTES: usize = 8;

/// The size of `value`, or `None` once it is over `max`.
pub fn output_size<T: Serialize + ?Sized>(value: &T, max: usize) -> Option<usize> {
    let mut counter = Counter { bytes: 0, max };
    match value.serialize(&mut counter) {
        Ok(()) => Some(counter.bytes),
        Err(Over) => None,
    }
}

struct Counter {
    bytes: usize,
    max: usize,
}

impl Counter {
    fn add(&mut self, n: usize) -> Result<(), Over> {
        self.bytes = self.bytes.saturating_add(n);
        if self.bytes > self.max { Err(Over) } else { Ok(()) }
    }
}

/// The value is over the limit (or could not be walked, which no binding type does).
#[derive(Debug)]
struct Over;

impl std::fmt::Display for Over {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("over the output limit")
    }
}

impl std::error::Error for Over {}

impl ser::Error for Over {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        Over
    }
}

impl ser::Serializer for &mut Counter {
    type Ok = ();
    type Error = Over;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, _: bool) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_char(self, c: char) -> Result<(), Over> {
        self.add(c.len_utf8())
    }
    fn serialize_str(self, v: &str) -> Result<(), Over> {
        self.add(v.len())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Over> {
        self.add(v.len())
    }
    fn serialize_none(self) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Over> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Over> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Over> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Over> {
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Over> {
        self.add(len.unwrap_or(0).saturating_mul(ENTRY_BYTES))?;
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Over> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Over> {
        Ok(self)
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Over> {
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self, Over> {
        self.add(len.unwrap_or(0).saturating_mul(ENTRY_BYTES))?;
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Over> {
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Over> {
        Ok(self)
    }
}

impl ser::SerializeSeq for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeTuple for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Over> {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Counter {
    type Ok = ();
    type Error = Over;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, value: &T) -> Result<(), Over> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Over> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::game_api::StepResult;
    use crate::bindings::types::{GameEvent, Observation};

    fn observation(text: &str) -> Observation {
        Observation { long_term_context: text.into(), short_term_context: text.into(), info: "{}".into() }
    }

    #[test]
    fn every_string_and_list_entry_counts() {
        let step: Result<StepResult, ()> = Ok(StepResult {
            observation: observation("abcd"),
            reward: 0.0,
            done: false,
            truncated: false,
            progression: 0.0,
            action_valid: true,
            events: vec![GameEvent { kind: "achievement".into(), name: "x".into() }; 3],
        });
        // 4 + 4 + 2 of observation, 3 events of 11 + 1 text and 8 for the entry.
        assert_eq!(output_size(&step, usize::MAX), Some(10 + 3 * (12 + ENTRY_BYTES)));
        assert_eq!(output_size(&vec![String::new(); 1000], usize::MAX), Some(1000 * ENTRY_BYTES));
        assert_eq!(output_size(&Ok::<(), String>(()), 0), Some(0));
    }

    #[test]
    fn counting_stops_past_the_limit() {
        assert_eq!(output_size(&"x".repeat(100), 99), None);
        assert_eq!(output_size(&vec!["x".repeat(60); 2], 100), None);
        assert_eq!(output_size(&Some("x".repeat(100)), 100), Some(100));
    }
}
