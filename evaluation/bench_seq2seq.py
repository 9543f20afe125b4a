"""Speed of the seq2seq backend against the loop a user would write, on one T5-small-shaped model.

Builds a T5 model with the shape of t5-small (6+6 layers, d_model 512, about 60 M parameters) with random
weights, and a tokenizer trained on sentences of our generated releases (its vocabulary filled up to
t5-small's 32,100 pieces), in a temporary folder. Then, with the same greedy settings, it runs

* our backend: sentences sorted by length, padded batches, ``torch.inference_mode``, model loaded once;
* the per-sentence loop: ``transformers.pipeline("text2text-generation")`` called for each sentence, or,
  where the installed transformers has no such task (5.x), the same loop written out (tokenize one
  sentence, ``generate``, decode).

It checks that both give identical outputs and prints both rates and the ratio (goal: at least 5x), first
with one torch thread (``torch.set_num_threads(1)``: one thread per process, as a batch worker runs; with
two threads on a busy 2-core machine the per-sentence loop suffers from thread contention and the ratio
comes out about three times higher), then with torch's default threads.

A random model never emits its end token, so every output would run to ``max_new_tokens``, unlike a trained
model's. The end token's output row is pointed at the decoder's mean final state, scaled so that greedy
outputs end after about half of ``max_new_tokens`` on average (some earlier, some later): batching then also
pays the cost of sentences that stop at different lengths.

    python evaluation/bench_seq2seq.py [--sentences 64] [--max-new-tokens 24] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))

import _repo  # noqa: E402, F401  (this checkout's package first)
from generate_releases import generate  # noqa: E402

T5_SMALL = {"d_model": 512, "d_ff": 2048, "num_layers": 6, "num_heads": 8, "d_kv": 64}
T5_SMALL_PIECES = 32_100  # the size of t5-small's tokenizer


def sentences(count: int) -> list[str]:
    """Sentences of generated releases (our own text), split at sentence ends."""
    found: list[str] = []
    for release in generate(max(4, count // 8)):
        for paragraph in release.split("\n\n")[1:]:
            found.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])", paragraph) if len(s.split()) > 3)
    return found[:count]


def _mean_length(model, tokenizer, texts: list[str], max_new_tokens: int) -> float:
    import torch

    batch = tokenizer(texts, return_tensors="pt", padding=True)
    with torch.inference_mode():
        ids = model.generate(**batch, max_new_tokens=max_new_tokens, num_beams=1, do_sample=False)
    return float((ids[:, 1:] != tokenizer.pad_token_id).sum()) / len(texts)


def stop_early(model, tokenizer, texts: list[str], max_new_tokens: int) -> float:
    """Point the end token's output row at the decoder's mean final state, scaled (by bisection) so that
    greedy outputs of ``texts`` are about half of ``max_new_tokens`` long; returns the mean length."""
    import torch

    eos = tokenizer.eos_token_id
    batch = tokenizer(texts, return_tensors="pt", padding=True)
    with torch.inference_mode():
        start = torch.zeros((len(texts), 1), dtype=torch.long)
        states = model(**batch, decoder_input_ids=start, output_hidden_states=True).decoder_hidden_states[-1]
    direction = states.mean(dim=(0, 1))
    original = model.lm_head.weight[eos].clone()
    low, high, length = 0.0, 64.0, float(max_new_tokens)
    for _ in range(10):
        scale = (low + high) / 2
        with torch.no_grad():
            model.lm_head.weight[eos] = original + scale * direction / direction.norm()
        length = _mean_length(model, tokenizer, texts, max_new_tokens)
        if abs(length - max_new_tokens / 2) <= 1:
            break
        low, high = (scale, high) if length > max_new_tokens / 2 else (low, scale)
    return length


def build_model(folder: Path, corpus: list[str], max_new_tokens: int) -> int:
    """Save a random T5-small-shaped model and its tokenizer to ``folder``; returns the parameter count.

    The tokenizer is built with the ``tokenizers`` library directly, so the script runs with transformers
    4.x (which still has the text2text pipeline) as well as 5.x.
    """
    import torch
    import transformers
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    special = ["<pad>", "</s>", "<unk>"]
    trained = Tokenizer(models.Unigram())
    trained.pre_tokenizer = pre_tokenizers.Metaspace()
    trained.train_from_iterator(
        corpus, trainers.UnigramTrainer(vocab_size=2000, special_tokens=special, unk_token="<unk>")
    )
    vocab = [tuple(piece) for piece in json.loads(trained.to_str())["model"]["vocab"]]
    vocab += [(f"▁x{i}", -30.0) for i in range(T5_SMALL_PIECES - len(vocab))]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=2))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    tokenizer.post_processor = processors.TemplateProcessing(single="$A </s>", special_tokens=[("</s>", 1)])
    wrapped = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
        model_input_names=["input_ids", "attention_mask"],
    )
    config = transformers.T5Config(
        vocab_size=len(vocab), decoder_start_token_id=0, tie_word_embeddings=False, **T5_SMALL
    )
    torch.manual_seed(0)
    model = transformers.T5ForConditionalGeneration(config).eval()
    with torch.no_grad():
        # With embeddings of unit scale a random model only repeats the decoder start token (empty outputs);
        # smaller ones let the layers, and so the input sentence, decide what is generated.
        model.shared.weight.mul_(0.05)
        model.lm_head.weight.copy_(model.shared.weight)
    stop_early(model, wrapped, corpus, max_new_tokens)
    model.save_pretrained(folder)
    wrapped.save_pretrained(folder)
    return sum(p.numel() for p in model.parameters())


def user_loop(folder: Path, max_new_tokens: int) -> tuple[str, Callable[[list[str]], list[str]]]:
    """The per-sentence loop: transformers' text2text pipeline, or the same steps written out."""
    import torch
    import transformers

    settings = {"max_new_tokens": max_new_tokens, "num_beams": 1, "do_sample": False}
    try:
        pipe = transformers.pipeline("text2text-generation", model=str(folder), device="cpu")
    except (KeyError, ValueError):
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
        model = transformers.AutoModelForSeq2SeqLM.from_pretrained(folder).eval()

        def loop(texts: list[str]) -> list[str]:
            outputs = []
            for text in texts:
                with torch.no_grad():
                    ids = model.generate(**tokenizer(text, return_tensors="pt"), **settings)
                outputs.append(tokenizer.decode(ids[0], skip_special_tokens=True).strip())
            return outputs

        return "per-sentence tokenize + generate + decode (no text2text pipeline in this transformers)", loop

    def pipeline_loop(texts: list[str]) -> list[str]:
        return [pipe(text, **settings)[0]["generated_text"].strip() for text in texts]

    return "transformers.pipeline('text2text-generation') per sentence", pipeline_loop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=64)
    parser.add_argument("--max-new-tokens", type=int, default=24)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)

    import torch
    import transformers

    from simplify.backends.seq2seq import Seq2SeqBackend
    from simplify.settings import Settings

    transformers.utils.logging.disable_progress_bar()
    texts = sentences(args.sentences)
    default_threads = torch.get_num_threads()
    torch.set_num_threads(1)
    all_same = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "t5-small-random"
        params = build_model(folder, texts[:40], args.max_new_tokens)
        print(
            f"model: T5-small shape, random weights, {params / 1e6:.1f} M parameters; {len(texts)} sentences"
        )
        print(f"torch {torch.__version__}, transformers {transformers.__version__}")
        print(f"settings: greedy, max_new_tokens={args.max_new_tokens}, our batch size {args.batch_size}")
        options = {
            "max_length": str(args.max_new_tokens),
            "batch_size": str(args.batch_size),
            "device": "cpu",
        }
        backend = Seq2SeqBackend(Settings(backend="seq2seq", model=str(folder), options=options))
        label, loop = user_loop(folder, args.max_new_tokens)
        print(f"user loop: {label}")
        for threads in dict.fromkeys((1, default_threads)):
            torch.set_num_threads(threads)
            backend.generate(texts[:2]), loop(texts[:2])  # warm-up: first calls allocate
            start = time.perf_counter()
            ours = backend.generate(texts)
            ours_seconds = time.perf_counter() - start
            start = time.perf_counter()
            theirs = loop(texts)
            theirs_seconds = time.perf_counter() - start
            same = sum(a == b for a, b in zip(ours, theirs, strict=True))
            all_same = all_same and same == len(texts)
            ours_rate, theirs_rate = len(texts) / ours_seconds, len(texts) / theirs_seconds
            lengths = sorted(len(backend.tokenizer(o).input_ids) - 1 for o in ours)
            print(
                f"{threads} torch thread(s): ours {ours_rate:7.2f} sentences/s, user loop {theirs_rate:7.2f} "
                f"sentences/s, ratio {ours_rate / theirs_rate:.1f}x (goal: >= 5x); identical outputs "
                f"{same}/{len(texts)}; output tokens min/median/max "
                f"{lengths[0]}/{lengths[len(lengths) // 2]}/{lengths[-1]}"
            )
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())
