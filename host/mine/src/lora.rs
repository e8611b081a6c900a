//! LLaMA-Factory LoRA SFT configs per game, from AutoMem's recommended starting settings
//! (automem.md 1.9.4, `env/*/config_recommendation.md`), and the commands that train the memory
//! specialist and evaluate it in two-model mode.
use super::output::{dataset_name, file_stem};

/// AutoMem's recommended LoRA settings for one environment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recipe {
    /// The environment the settings were tuned for.
    pub tuned_for: &'static str,
    /// LoRA rank.
    pub rank: u32,
    /// LoRA alpha.
    pub alpha: u32,
    /// LoRA dropout.
    pub dropout: f64,
    /// Learning rate, as LLaMA-Factory writes it.
    pub learning_rate: &'static str,
    /// Epochs.
    pub epochs: u32,
    /// Per-device batch size.
    pub batch: u32,
    /// Gradient accumulation steps.
    pub grad_accum: u32,
    /// GPUs.
    pub gpus: u32,
    /// Cut-off length in tokens.
    pub cutoff: u32,
    /// Target modules (`lora_target`).
    pub target: &'static str,
}

/// Crafter: rank 256, alpha 512, LR 5e-5, 4 epochs, 2x8x2, cutoff 16384, attention modules.
const CRAFTER: Recipe = Recipe {
    tuned_for: "Crafter",
    rank: 256,
    alpha: 512,
    dropout: 0.0,
    learning_rate: "5.0e-5",
    epochs: 4,
    batch: 2,
    grad_accum: 8,
    gpus: 2,
    cutoff: 16384,
    target: "q_proj,k_proj,v_proj,o_proj",
};

/// MiniHack: rank 128, alpha 256, 3 epochs, 2x4x2, all modules.
const MINIHACK: Recipe =
    Recipe { tuned_for: "MiniHack", rank: 128, alpha: 256, epochs: 3, grad_accum: 4, target: "all", ..CRAFTER };

/// NetHack: rank 256, alpha 512, 1 epoch, 2x8x2, all modules.
const NETHACK: Recipe = Recipe { tuned_for: "NetHack", epochs: 1, target: "all", ..CRAFTER };

/// The recipe for a game: its own when AutoMem tuned one, else Crafter's as a start.
pub fn recipe(game: &str) -> Recipe {
    let game = game.to_ascii_lowercase();
    if game.contains("minihack") {
        MINIHACK
    } else if game.contains("nethack") || game == "nle" {
        NETHACK
    } else {
        CRAFTER
    }
}

/// The LLaMA-Factory training config of a game's dataset (paths relative to the output folder).
pub fn sft_yaml(game: &str, base_model: &str, items: usize) -> String {
    let r = recipe(game);
    let stem = file_stem(game);
    let note = if r.tuned_for.eq_ignore_ascii_case(game) {
        format!("AutoMem's recommended starting settings for {}", r.tuned_for)
    } else {
        format!("AutoMem has no recommendation for {game}; these are its {} settings, as a start", r.tuned_for)
    };
    format!(
        "# LoRA SFT of a memory specialist for {game} ({items} items), for LLaMA-Factory.\n\
         # {note} (automem.md 1.9.4): stage sft, LoRA, template qwen, bf16, DeepSpeed ZeRO-3,\n\
         # {gpus} GPUs, AdamW, max_grad_norm 1.0, seed 42. Run from this folder:\n\
         #   {command}\n\
         \n\
         ### model\n\
         model_name_or_path: {base_model}\n\
         trust_remote_code: true\n\
         \n\
         ### method\n\
         stage: sft\n\
         do_train: true\n\
         finetuning_type: lora\n\
         lora_rank: {rank}\n\
         lora_alpha: {alpha}\n\
         lora_dropout: {dropout:.1}\n\
         lora_target: {target}\n\
         deepspeed: examples/deepspeed/ds_z3_config.json  # from a LLaMA-Factory checkout\n\
         \n\
         ### dataset\n\
         dataset: {dataset}\n\
         dataset_dir: .\n\
         template: qwen\n\
         cutoff_len: {cutoff}\n\
         overwrite_cache: true\n\
         preprocessing_num_workers: 16\n\
         \n\
         ### output\n\
         output_dir: saves/{stem}-memory-lora\n\
         logging_steps: 10\n\
         save_steps: 500\n\
         plot_loss: true\n\
         overwrite_output_dir: true\n\
         \n\
         ### train\n\
         per_device_train_batch_size: {batch}\n\
         gradient_accumulation_steps: {grad_accum}\n\
         learning_rate: {lr}\n\
         num_train_epochs: {epochs}.0\n\
         lr_scheduler_type: cosine\n\
         warmup_ratio: 0.05\n\
         optim: adamw_torch\n\
         max_grad_norm: 1.0\n\
         bf16: true\n\
         seed: 42\n\
         ddp_timeout: 180000000\n",
        gpus = r.gpus,
        command = train_command(game),
        rank = r.rank,
        alpha = r.alpha,
        dropout = r.dropout,
        target = r.target,
        dataset = dataset_name(game),
        cutoff = r.cutoff,
        batch = r.batch,
        grad_accum = r.grad_accum,
        lr = r.learning_rate,
        epochs = r.epochs,
    )
}

/// The config file's name for a game.
pub fn yaml_name(game: &str) -> String {
    format!("lora_sft_{}.yaml", file_stem(game))
}

/// The command that trains a game's LoRA (from the output folder).
pub fn train_command(game: &str) -> String {
    format!("FORCE_TORCHRUN=1 NPROC_PER_NODE={} llamafactory-cli train {}", recipe(game).gpus, yaml_name(game))
}

/// Serving the base model with the LoRA (the memory specialist) on port 8000 with vLLM.
pub fn serve_command(game: &str, base_model: &str) -> String {
    let stem = file_stem(game);
    format!(
        "vllm serve {base_model} --port 8000 --enable-lora --max-lora-rank {} --lora-modules {stem}-memory=saves/{stem}-memory-lora",
        recipe(game).rank
    )
}

/// The two-model evaluation: the specialist does LOG and PLAN's look-ups, the unmodified base
/// model (served on port 8001) commits the actions; AutoMem's evaluation seeds 42-51.
pub fn eval_command(game: &str, schema: &str, base_model: &str) -> String {
    let stem = file_stem(game);
    format!(
        "automem run --game {game} --schema {schema} --seeds 42..51 --out runs/{stem}-two-model \\\n  \
         --policy 'openai:http://127.0.0.1:8000/v1#{stem}-memory' \\\n  \
         --gameplay-policy 'openai:http://127.0.0.1:8001/v1#{base_model}'"
    )
}
