//! `wasi:http`, linked deny-all, for guests that import it without using it.
//!
//! A default StarlingMonkey build (`componentize-js`) imports `wasi:http/types` and
//! `wasi:http/outgoing-handler` for `fetch()`, though a game, schema or policy never fetches. So
//! that such a build loads, every `wasi:http` import of the component is defined here: each
//! resource (`fields`, `outgoing-request`, ...) as an opaque host type, and each function as a
//! trap whose message names the function and says that plugins have no network. Nothing else is
//! stubbed: an import outside `wasi:http/` that the world does not grant still refuses the load.
use crate::sandbox::HostState;
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, Linker, Resource, ResourceType};
use wasmtime_wasi::WasiView;
use wasmtime_wasi::p2;

/// The prefix of the interfaces this module stubs.
pub const PREFIX: &str = "wasi:http/";

/// What a guest is told when it calls into `wasi:http`.
fn refusal(function: &str) -> String {
    format!(
        "`{function}` was called: automem plugins have no network, and wasi:http is linked deny-all only so that \
         StarlingMonkey builds load; build with `componentize-js --disable http fetch-event` to drop the import"
    )
}

/// Whether `component` imports any `wasi:http` interface.
pub fn imports_http(component: &Component, engine: &wasmtime::Engine) -> bool {
    component.component_type().imports(engine).any(|(name, _)| name.starts_with(PREFIX))
}

/// `linker` plus deny-all definitions of every `wasi:http` interface `component` imports.
pub fn link(linker: &Linker<HostState>, component: &Component) -> wasmtime::Result<Linker<HostState>> {
    let engine = linker.engine().clone();
    let mut linker = linker.clone();
    // Resources the component imports from other interfaces (wasi:io's streams, pollables, errors).
    let mut aliased: Vec<(ResourceType, String)> = Vec::new();
    for (name, item) in component.component_type().imports(&engine) {
        if name.starts_with(PREFIX) {
            continue;
        }
        if let ComponentItem::ComponentInstance(instance) = item.ty {
            for (export, item) in instance.exports(&engine) {
                if let ComponentItem::Resource(ty) = item.ty {
                    aliased.push((ty, export.to_string()));
                }
            }
        }
    }
    for (name, item) in component.component_type().imports(&engine) {
        if !name.starts_with(PREFIX) {
            continue;
        }
        let ComponentItem::ComponentInstance(instance) = item.ty else {
            wasmtime::bail!("import `{name}` is not an interface");
        };
        let mut root = linker.root();
        let mut target = root.instance(name)?;
        for (export, item) in instance.exports(&engine) {
            match item.ty {
                // `input-stream`, `output-stream`, `pollable` and `error` come from wasi:io (`use`);
                // they keep wasmtime-wasi's types, so they stay the same resources.
                ComponentItem::Resource(ty) => match aliased.iter().find(|(t, _)| *t == ty).map(|(_, n)| n.as_str()) {
                    Some("input-stream") => define_io::<p2::DynInputStream>(&mut target, export)?,
                    Some("output-stream") => define_io::<p2::DynOutputStream>(&mut target, export)?,
                    Some("pollable") => define_io::<p2::DynPollable>(&mut target, export)?,
                    Some("error") => define_io::<p2::IoError>(&mut target, export)?,
                    Some(other) => wasmtime::bail!("`{name}` uses a resource `{other}` of another interface"),
                    None => target.resource(export, ResourceType::host::<DeniedHttp>(), |_, _| Ok(()))?,
                },
                ComponentItem::ComponentFunc(_) => {
                    let message = refusal(&format!("{name}#{export}"));
                    target.func_new(export, move |_, _, _, _| Err(wasmtime::Error::msg(message.clone())))?;
                }
                _ => {}
            }
        }
    }
    Ok(linker)
}

/// Define `export` as wasi:io's resource `T`, dropped from the table as wasmtime-wasi drops it.
fn define_io<T: Send + 'static>(
    target: &mut wasmtime::component::LinkerInstance<'_, HostState>,
    export: &str,
) -> wasmtime::Result<()> {
    target.resource(export, ResourceType::host::<T>(), |mut store, rep| {
        store.data_mut().ctx().table.delete(Resource::<T>::new_own(rep))?;
        Ok(())
    })
}

/// The host type behind every stubbed `wasi:http` resource; none is ever created.
struct DeniedHttp;
