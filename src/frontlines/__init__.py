"""frontlines: conflict news in, a coded, geocoded, dated, source-attributed event dataset out.

The package root exports the data model and the stage contract, which import nothing
heavy; the pipeline functions live in `frontlines.api` and the CLI in `frontlines.cli`.
"""

from frontlines.model import (
    ActorMention,
    Analysis,
    Attribution,
    Document,
    Entity,
    Event,
    EventActor,
    Location,
    Place,
    Segment,
    Sentence,
    Size,
    Span,
    Timex,
    Token,
)
from frontlines.pipeline import Pipeline, PipelineError
from frontlines.stage import Stage

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "Analysis",
    "Attribution",
    "Document",
    "Entity",
    "Event",
    "EventActor",
    "Location",
    "Pipeline",
    "PipelineError",
    "Place",
    "Segment",
    "Sentence",
    "Size",
    "Span",
    "Stage",
    "Timex",
    "Token",
    "__version__",
]
