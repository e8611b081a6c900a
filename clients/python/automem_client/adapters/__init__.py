"""Small adapters from RL trainers to a `Fleet` of `automem serve` replicas: a GRPO group driver
(`grpo`), verl's agent loop (`verl`), TRL's `rollout_func` (`trl`) and SkyRL's text environment
(`skyrl`). None imports its trainer at import time; each takes the trainer's pieces as arguments."""
