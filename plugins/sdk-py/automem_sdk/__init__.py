"""automem_sdk: typed helpers over componentize-py's generated bindings (the Python side of
`plugins/sdk`).

The generated bindings (`wit_world`) are made at build time by `automem build`; this package
only smooths what is awkward in them:

- settings arrive as a list of (key, value) pairs: `settings(pairs, allowed)` makes a dict and
  refuses unknown or repeated keys with a message that names them;
- results are raised as `componentize_py_types.Err(...)`: `fail(value)` does that;
- WIT names that are Python keywords get a trailing underscore (`rename(from_=...)`):
  `automem_sdk.memory.rename(src, dst)` takes them positionally and raises `MemoryFailure`
  with a readable message for every `memory-error` case;
- `Rng` is SplitMix64, the same generator as `automem_sdk::Rng` in Rust and `Rng` in the
  JavaScript SDK, so a game's randomness follows from its seed in every language;
- `protocol` writes AutoMem's command tags for scripted policies.

A guest never needs a clock or the environment: both are empty under automem (WASI with nothing
granted, a clock frozen at 0, randomness seeded from the episode).
"""

from componentize_py_types import Err

__all__ = ["Err", "Rng", "fail", "settings"]

MASK64 = (1 << 64) - 1


def fail(value):
    """Return an error from an export whose WIT result type is `result<_, E>`."""
    raise Err(value)


def settings(pairs, allowed=()):
    """The settings list as a dict; unknown (not in `allowed`) or repeated keys raise ValueError."""
    out = {}
    for key, value in pairs:
        if allowed and key not in allowed:
            known = ", ".join(sorted(allowed))
            raise ValueError(f"unknown setting '{key}'; known settings: {known}")
        if key in out:
            raise ValueError(f"setting '{key}' is given twice")
        out[key] = value
    return out


class Rng:
    """SplitMix64: deterministic from its seed, identical to the Rust and JavaScript SDKs'."""

    def __init__(self, seed):
        self.state = (seed ^ 0x9E3779B97F4A7C15) & MASK64

    def next_u64(self):
        """The next 64-bit value."""
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        """A uniform integer in [0, n) (0 when n is 0), by multiply-shift as in Rust."""
        if n <= 0:
            return 0
        return (self.next_u64() * n) >> 64

    def shuffle(self, items):
        """Shuffle a list in place (Fisher-Yates from the end), the same order in every SDK."""
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items
