//! The C side (c/game.h): NetHack stepped by NLE's window port, and the allocator it shares.
//!
//! Only wasm32 builds link the C object (build.rs); a native build of this crate (for its unit
//! tests) has the types but no game.

/// Terminal rows and columns of NLE's tty capture.
pub const ROWS: usize = 24;
/// See [`ROWS`].
pub const COLS: usize = 80;
/// NLE_BLSTATS_SIZE.
pub const BLSTATS: usize = 27;
/// NLE_INVENTORY_SIZE.
pub const INV: usize = 55;
/// NLE_INVENTORY_STR_LENGTH.
pub const INV_STR: usize = 80;
/// The dungeon map NLE's glyphs cover.
pub const MAP_ROWS: usize = 21;
/// See [`MAP_ROWS`].
pub const MAP_COLS: usize = 79;

/// `struct nh_obs` of c/game.h, field for field (NLE's tty_colors are not kept: nothing reads them).
#[repr(C)]
pub struct Obs {
    pub done: i32,
    pub how_done: i32,
    pub in_normal_game: i32,
    pub tty_chars: [u8; ROWS * COLS],
    pub tty_cursor: [u8; 2],
    pub blstats: [i64; BLSTATS],
    pub message: [u8; 256],
    pub inv_strs: [u8; INV * INV_STR],
    pub inv_letters: [u8; INV],
    pub inv_oclasses: [u8; INV],
    pub glyphs: [i16; MAP_ROWS * MAP_COLS],
    pub chars: [u8; MAP_ROWS * MAP_COLS],
    pub program_state: [i32; 6],
    pub internal: [i32; 9],
    pub misc: [i32; 3],
}

#[cfg(target_arch = "wasm32")]
mod sys {
    use super::Obs;
    unsafe extern "C" {
        pub fn nh_init();
        pub fn nh_add_file(name: *const u8, data: *const u8, len: u32) -> i32;
        pub fn nh_add_file_copy(name: *const u8, data: *const u8, len: u32) -> i32;
        pub fn nh_compile_level(des: *const u8, errors: *mut u8, cap: i32) -> i32;
        pub fn nh_start(
            core: u64,
            disp: u64,
            reseed: i32,
            lgen: u64,
            use_lgen: i32,
            options: *const u8,
            spawn_monsters: i32,
        ) -> i32;
        pub fn nh_step(key: i32) -> i32;
        pub fn nh_obs() -> *const Obs;
        pub fn nh_fault_indirect_call() -> i32;
        pub fn nh_tty_colors(colors: *mut u8);
        pub fn malloc(size: usize) -> *mut u8;
        pub fn free(ptr: *mut u8);
        pub fn realloc(ptr: *mut u8, size: usize) -> *mut u8;
        pub fn aligned_alloc(align: usize, size: usize) -> *mut u8;
    }

    /// Rust allocates from wasi-libc's malloc too: one heap in the module, not two allocators
    /// growing the same memory.
    struct CAllocator;

    // SAFETY: malloc/free/realloc/aligned_alloc are wasi-libc's; the module is single-threaded.
    unsafe impl core::alloc::GlobalAlloc for CAllocator {
        unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
            // SAFETY: plain C allocation calls.
            unsafe {
                if layout.align() <= 16 {
                    malloc(layout.size())
                } else {
                    aligned_alloc(layout.align(), layout.size().next_multiple_of(layout.align()))
                }
            }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: core::alloc::Layout) {
            // SAFETY: ptr came from alloc above.
            unsafe { free(ptr) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: core::alloc::Layout, new_size: usize) -> *mut u8 {
            // SAFETY: ptr came from alloc above; over-aligned blocks are copied by hand.
            unsafe {
                if layout.align() <= 16 {
                    return realloc(ptr, new_size);
                }
                let new = aligned_alloc(layout.align(), new_size.next_multiple_of(layout.align()));
                if !new.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    free(ptr);
                }
                new
            }
        }
    }

    #[global_allocator]
    static ALLOCATOR: CAllocator = CAllocator;
}

/// NLE's seeding: `set_initial_seeds(core, disp, reseed)` plus an optional level-generation seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seeds {
    pub core: u64,
    pub disp: u64,
    pub lgen: Option<u64>,
}

/// How NetHack starts: NLE's `nle_settings` as a component sets them.
pub struct Start<'a> {
    pub seeds: Seeds,
    /// NETHACKOPTIONS.
    pub options: &'a str,
    /// NLE's `spawn_monsters` (NetHack's random monster generation; MiniHack turns it off).
    pub spawn_monsters: bool,
    /// Files of the game directory, by name (e.g. `nhdat`); they must outlive the instance.
    pub files: &'a [(&'a core::ffi::CStr, &'static [u8])],
}

/// Start NetHack (once per instance) and play to its first input; false if already started.
#[cfg(target_arch = "wasm32")]
pub fn start(how: &Start) -> bool {
    let mut opts = how.options.as_bytes().to_vec();
    opts.push(0);
    // SAFETY: the C side copies the options; the files are static and outlive the instance.
    unsafe {
        sys::nh_init();
        for (name, data) in how.files {
            let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
            sys::nh_add_file(name.as_ptr().cast(), data.as_ptr(), len);
        }
        sys::nh_start(
            how.seeds.core,
            how.seeds.disp,
            0,
            how.seeds.lgen.unwrap_or(0),
            i32::from(how.seeds.lgen.is_some()),
            opts.as_ptr(),
            i32::from(how.spawn_monsters),
        ) == 0
    }
}

/// Add a file to the game directory before [`start`] (a level compiled at reset, say); false
/// when the file system is full. The bytes are copied.
#[cfg(target_arch = "wasm32")]
pub fn add_file(name: &core::ffi::CStr, data: &[u8]) -> bool {
    let Ok(len) = u32::try_from(data.len()) else { return false };
    // SAFETY: nh_add_file with copy=1 copies the bytes; name is NUL-terminated.
    unsafe {
        sys::nh_init();
        sys::nh_add_file_copy(name.as_ptr().cast(), data.as_ptr(), len) == 0
    }
}

/// Compile a level description (a des file's text) with NetHack's own lev_comp, inside the
/// module, into the game directory (`<name>.lev` for each MAZE/LEVEL it defines). Errors come
/// back as lev_comp printed them.
#[cfg(target_arch = "wasm32")]
pub fn compile_level(des: &str) -> Result<(), String> {
    let mut text = des.as_bytes().to_vec();
    text.push(0);
    let mut errors = vec![0u8; 4096];
    // SAFETY: both buffers are valid for their lengths; the C side writes a NUL-terminated
    // message of at most `errors.len()` bytes.
    let status = unsafe {
        sys::nh_init();
        sys::nh_compile_level(text.as_ptr(), errors.as_mut_ptr(), errors.len() as i32)
    };
    if status == 0 { Ok(()) } else { Err(crate::text::cstr(&errors)) }
}

/// Send one key; false once the game is over.
#[cfg(target_arch = "wasm32")]
pub fn step(key: u8) -> bool {
    // SAFETY: a plain call; the game is single-threaded.
    unsafe { sys::nh_step(i32::from(key)) != 0 }
}

/// The `fault` setting's test hook: a C call through a pointer of the wrong type, which traps.
#[cfg(target_arch = "wasm32")]
pub fn fault_indirect_call() {
    // SAFETY: it traps (a WebAssembly call_indirect signature check), ending the instance.
    unsafe {
        sys::nh_fault_indirect_call();
    }
}

/// The current observation.
#[cfg(target_arch = "wasm32")]
pub fn obs() -> &'static Obs {
    // SAFETY: nh_obs returns a pointer to a static that lives as long as the module, and is only
    // written inside nh_start/nh_step, never while this borrow is used across them.
    unsafe { &*sys::nh_obs() }
}

/// NLE's tty_colors of the current screen (0-15, reverse video dropped), row-major, worked out
/// from the terminal emulator now: nothing pays for them on a step that does not ask.
#[cfg(target_arch = "wasm32")]
pub fn tty_colors() -> Vec<u8> {
    let mut colors = vec![0u8; ROWS * COLS];
    // SAFETY: the C side writes exactly ROWS * COLS bytes into the buffer.
    unsafe { sys::nh_tty_colors(colors.as_mut_ptr()) };
    colors
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    //! Native builds have no game (the C side is wasm32 only).
    use super::{Obs, Start};
    pub fn start(_how: &Start) -> bool {
        false
    }
    pub fn add_file(_name: &core::ffi::CStr, _data: &[u8]) -> bool {
        false
    }
    pub fn compile_level(_des: &str) -> Result<(), String> {
        Err("NetHack's level compiler runs only inside the wasm32 component".into())
    }
    pub fn step(_key: u8) -> bool {
        false
    }
    pub fn obs() -> &'static Obs {
        unreachable!("NetHack runs only as a wasm32 component")
    }
    pub fn fault_indirect_call() {}
    pub fn tty_colors() -> Vec<u8> {
        vec![0; super::ROWS * super::COLS]
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::{add_file, compile_level, fault_indirect_call, obs, start, step, tty_colors};
