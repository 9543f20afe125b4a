"""Any Hugging Face seq2seq model (T5, mT5, BART, mBART, ...) rewriting sentence by sentence.

The model is loaded once; sentences are sorted by length and generated in padded batches under
``torch.inference_mode``. Post-processing and the fact guard run afterwards in the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from simplify.backends.base import Backend
from simplify.backends.catalog import WAY_OUT, locate
from simplify.document import VERBATIM_BLOCKS, Rewrite, Sentence
from simplify.errors import UsageError
from simplify.profile import profile
from simplify.settings import Settings

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
MBART_LANGUAGE = "de_DE"  # the language code of German in mBART-25 and mBART-50
# Instruction-tuned families expect a task in words; plain fine-tuned checkpoints expect the bare sentence.
INSTRUCTION_TUNED = re.compile(r"flan|mt0|(^|[-_/])t0|instruct", re.IGNORECASE)
DEFAULTS = {
    "device": "auto",
    "beams": "1",
    "max_length": "128",
    "batch_size": "16",
    "sample": "no",
    "prompt": "auto",
}
_SENTENCE_END = re.compile(r"[.!?:]\s+\S")


def option(settings: Settings, name: str) -> str:
    return settings.options.get(name, DEFAULTS[name])


def _positive_int(settings: Settings, name: str) -> int:
    value = option(settings, name)
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"--{name.replace('_', '-')} must be a positive whole number, got {value!r}")
    return int(value)


def load_prompt(name: str) -> str:
    """A prompt template by name (``prompts/NAME.txt`` or ``.md``) or by path; it must contain ``{text}``."""
    candidates = [Path(name), PROMPTS / f"{name}.txt", PROMPTS / f"{name}.md"]
    for path in candidates:
        if path.is_file():
            template = path.read_text(encoding="utf-8").strip()
            if "{text}" not in template:
                raise UsageError(f"prompt {str(path)!r} has no {{text}} placeholder for the sentence")
            try:
                template.format(text="", level="")
            except (KeyError, IndexError, ValueError) as error:
                raise UsageError(
                    f"prompt {path.name!r} may use only {{text}} and {{level}} ({{{{ for a brace): {error}"
                ) from error
            return template
    known = ", ".join(sorted(p.stem for p in PROMPTS.glob("seq2seq_*"))) or "none found"
    raise UsageError(f"prompt {name!r} not found: give a file or one of {known}")


def split_sentences(text: str, sentence: Sentence) -> list[str]:
    """One line per sentence of the model output (headings, contact and date lines stay whole)."""
    text = " ".join(text.split())
    if sentence.block == "heading" or sentence.block in VERBATIM_BLOCKS or not _SENTENCE_END.search(text):
        return [text] if text else []
    from simplify.nlp.analysis import tokenize

    lines = [
        "".join(t.text + (" " if t.space_after else "") for t in tokens).strip() for tokens in tokenize(text)
    ]
    return [line for line in lines if line]


class Seq2SeqBackend(Backend):
    """``--backend seq2seq --model ID_OR_PATH``: transformers ``AutoModelForSeq2SeqLM`` + tokenizer.

    The model comes from a folder or the local Hugging Face cache; nothing is fetched unless ``download``
    is asked for (``simplify models fetch ID`` does), so a conversion never contacts the hub."""

    name = "seq2seq"

    def __init__(self, settings: Settings, *, download: bool = False) -> None:
        super().__init__(settings)
        if not settings.model:
            raise UsageError(f"--backend seq2seq needs --model ID_OR_PATH: {WAY_OUT}")
        self.beams = _positive_int(settings, "beams")
        self.max_length = _positive_int(settings, "max_length")
        self.batch_size = _positive_int(settings, "batch_size")
        self.sample = option(settings, "sample") == "yes"
        folder = locate(settings.model, download=download)
        self._load(folder)

    def _load(self, folder: Path) -> None:
        try:
            import torch
            import transformers
        except ImportError as error:
            raise UsageError(
                f"--backend seq2seq needs transformers and torch: pip install 'simplify-de[seq2seq]', "
                f"or use --backend rules ({error})"
            ) from error
        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        self.device = self._device(torch)
        model_name = self.settings.model
        try:
            config = transformers.AutoConfig.from_pretrained(folder, local_files_only=True)
        except (OSError, ValueError) as error:
            raise UsageError(
                f"model {model_name!r}: its config.json could not be read ({error}): {WAY_OUT}"
            ) from error
        if not config.is_encoder_decoder:
            raise UsageError(
                f"model {model_name!r} is a {config.model_type!r} model, not encoder-decoder (seq2seq): "
                f"use --backend llm for chat models, {WAY_OUT}"
            )
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
            model = transformers.AutoModelForSeq2SeqLM.from_pretrained(folder, local_files_only=True)
        except (OSError, ValueError, KeyError, ImportError) as error:
            raise UsageError(f"model {model_name!r} could not be loaded ({error}): {WAY_OUT}") from error
        if self.tokenizer.pad_token is None:  # batches need padding; the end token serves where none is set
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.family = config.model_type
        self.model = model.to(self.device).eval()
        self._torch = torch
        self.generation: dict[str, Any] = {
            "max_new_tokens": self.max_length,
            "num_beams": self.beams,
            "do_sample": self.sample,
        }
        if self.family.startswith("mbart") and MBART_LANGUAGE in self.tokenizer.get_vocab():
            # mBART reads the language code as the first decoder token; German in, German out.
            self.tokenizer.src_lang = MBART_LANGUAGE
            self.tokenizer.tgt_lang = MBART_LANGUAGE
            self.generation["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(MBART_LANGUAGE)
        self.prompt_name, self.template = self._prompt(config)

    def _device(self, torch: Any) -> str:
        wanted = option(self.settings, "device")
        if wanted == "auto":
            return "cuda" if torch.cuda.is_available() else "cpu"
        if wanted == "cuda" and not torch.cuda.is_available():
            raise UsageError("--device cuda: no CUDA GPU is visible to torch; use --device cpu")
        if wanted not in {"cpu", "cuda"}:
            raise UsageError(f"--device must be auto, cpu or cuda, got {wanted!r}")
        return wanted

    def _prompt(self, config: Any) -> tuple[str, str]:
        """The template applied to each sentence: the model's own prefix, ours, or none."""
        wanted = option(self.settings, "prompt")
        if wanted == "none":
            return "none", "{text}"
        if wanted != "auto":
            return wanted, load_prompt(wanted)
        prefix = getattr(config, "prefix", None)
        if prefix:
            return "model prefix", prefix.replace("{", "{{").replace("}", "}}") + "{text}"
        if INSTRUCTION_TUNED.search(self.settings.model or ""):
            return "seq2seq_instruction_v1", load_prompt("seq2seq_instruction_v1")
        return "none", "{text}"

    def generate(self, texts: Sequence[str]) -> list[str]:
        """Model outputs for ``texts`` in their order; batches are formed from length-sorted inputs."""
        inputs = [self.template.format(text=t, level=profile(self.settings.level).name_dative) for t in texts]
        limit = min(self.tokenizer.model_max_length, 1024)
        lengths = [len(ids) for ids in self.tokenizer(inputs, truncation=True, max_length=limit)["input_ids"]]
        order = sorted(range(len(inputs)), key=lambda i: lengths[i], reverse=True)
        outputs = [""] * len(inputs)
        if self.sample:
            self._torch.manual_seed(0)  # sampling is opt-in; a fixed seed keeps runs reproducible
        with self._torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                encoded = self.tokenizer(
                    [inputs[i] for i in batch],
                    return_tensors="pt",
                    padding=True,
                    truncation=True,
                    max_length=limit,
                ).to(self.device)
                generated = self.model.generate(
                    input_ids=encoded["input_ids"],
                    attention_mask=encoded["attention_mask"],
                    **self.generation,
                )
                texts_out = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                for i, text in zip(batch, texts_out, strict=True):
                    outputs[i] = text.strip()
        return outputs

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        outputs = self.generate([s.text for s in sentences]) if sentences else []
        marker = f"model:{self.settings.model}"
        return [
            Rewrite(sentence, split_sentences(text, sentence), [marker], self.name)
            for sentence, text in zip(sentences, outputs, strict=True)
        ]

    def describe(self) -> dict[str, str]:
        return {
            "backend": self.name,
            "model": str(self.settings.model),
            "model_family": self.family,
            "device": self.device,
            "prompt": self.prompt_name,
            "generation": ", ".join(f"{k}={v}" for k, v in sorted(self.generation.items())),
        }
