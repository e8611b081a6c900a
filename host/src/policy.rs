//! Policy plugins: scripted policies that answer model turns in the same text protocol as an LLM.
use crate::bindings::policy::{Policy, PolicyPre};
use crate::bindings::policy_api::{Message, Reply, TurnContext};
use crate::error::PluginError;
use crate::instance::{Instance, instantiate};
use crate::runtime::{Loaded, Runtime};

/// A loaded policy component.
#[derive(Clone)]
pub struct PolicyPlugin {
    loaded: Loaded,
    pre: PolicyPre<crate::sandbox::HostState>,
    runtime: Runtime,
}

impl PolicyPlugin {
    pub(crate) fn new(loaded: Loaded, pre: PolicyPre<crate::sandbox::HostState>, runtime: Runtime) -> Self {
        PolicyPlugin { loaded, pre, runtime }
    }

    /// The plugin's name.
    pub fn name(&self) -> &str {
        &self.loaded.name
    }

    /// SHA-256 of the component.
    pub fn hash(&self) -> &str {
        &self.loaded.hash
    }

    /// A fresh instance configured for one episode.
    pub fn instantiate(&self, seed: u64, settings: &[(String, String)]) -> Result<PolicyInstance, PluginError> {
        let instance =
            instantiate(self.runtime.sandbox(), &self.loaded.name, seed, None, |store| self.pre.instantiate(store))?;
        let mut policy = PolicyInstance { instance };
        let result =
            policy.instance.call("configure", |b, s| b.automem_plugin_agent().call_configure(s, seed, settings))?;
        result.map_err(|e| policy.instance.guest_error("configure", e))?;
        Ok(policy)
    }
}

/// A live policy instance.
pub struct PolicyInstance {
    instance: Instance<Policy>,
}

impl PolicyInstance {
    /// Answer one model turn.
    pub fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PluginError> {
        let result =
            self.instance.call("respond", |b, s| b.automem_plugin_agent().call_respond(s, messages, context))?;
        result.map_err(|e| self.instance.guest_error("respond", e))
    }
}

/// Where an episode's replies come from: a policy plugin, or an LLM endpoint.
#[derive(Clone)]
pub enum PolicySource {
    /// A policy component (scripted or random).
    Plugin(PolicyPlugin),
    /// An OpenAI-compatible endpoint.
    Llm(crate::llm::LlmSource),
    /// Replies from elsewhere (an `automem serve` client), named so; its sessions make the policy.
    Remote(String),
}

impl PolicySource {
    /// How records name it: the plugin's name, or the endpoint and model.
    pub fn name(&self) -> String {
        match self {
            PolicySource::Plugin(p) => p.name().to_string(),
            PolicySource::Llm(l) => l.name(),
            PolicySource::Remote(name) => name.clone(),
        }
    }

    /// What pins it down: the component's SHA-256 (empty for an endpoint: its settings say it).
    pub fn hash(&self) -> String {
        match self {
            PolicySource::Plugin(p) => p.hash().to_string(),
            PolicySource::Llm(_) | PolicySource::Remote(_) => String::new(),
        }
    }

    /// Settings to record beside the run's policy settings (an endpoint's model and sampling).
    pub fn own_settings(&self) -> Vec<(String, String)> {
        match self {
            PolicySource::Plugin(_) | PolicySource::Remote(_) => Vec::new(),
            PolicySource::Llm(l) => l.settings(),
        }
    }

    /// A fresh policy for one episode; an endpoint's in-flight call is abandoned once `cancel`
    /// is set.
    pub fn instantiate(
        &self,
        seed: u64,
        settings: &[(String, String)],
        cancel: &std::sync::Arc<std::sync::atomic::AtomicBool>,
    ) -> anyhow::Result<Box<dyn crate::episode::Policy>> {
        match self {
            PolicySource::Plugin(p) => Ok(Box::new(p.instantiate(seed, settings)?)),
            PolicySource::Llm(l) => Ok(Box::new(l.policy(cancel.clone()))),
            PolicySource::Remote(name) => anyhow::bail!("`{name}` answers through its session; it has no policy here"),
        }
    }
}
