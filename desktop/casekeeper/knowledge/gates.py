"""What gates a rung or a limit beyond the product: the date the credit agreement was made
(UK deferred-payment credit is regulated from 15 July 2026), and clocks that differ by product
(UK payment-services complaints: 15 business days, 35 after a holding reply)."""

from __future__ import annotations

from datetime import date

from pydantic import Field, field_validator, model_validator

from casekeeper.domain.enums import Product
from casekeeper.knowledge.clock_model import Clock
from casekeeper.knowledge.source_entry import Entry
from casekeeper.knowledge.translation import GateText, SourceText, same_items


class AgreementGate(Entry):
    """For ``products``, the entry applies only to agreements made on or after ``made_from``
    and/or before ``made_before`` (the case's purchase date). An unknown purchase date keeps
    the entry (both routes' limits show, never fewer) and asks for the date."""

    products: list[Product] = Field(min_length=1)
    made_from: date | None = None
    made_before: date | None = None
    what: str = Field(min_length=3)
    fr: GateText | None = None
    de: GateText | None = None
    sv: GateText | None = None

    _fr_items = field_validator("fr", "de", "sv")(same_items)

    @model_validator(mode="after")
    def _bounded(self) -> AgreementGate:
        if self.made_from is None and self.made_before is None:
            raise ValueError("an agreement gate needs made_from or made_before (a date)")
        return self

    def admits(self, product: Product, purchase_date: date | None) -> bool:
        """Whether an agreement for ``product`` made on ``purchase_date`` takes this entry."""
        if product not in self.products or purchase_date is None:
            return True
        if self.made_from is not None and purchase_date < self.made_from:
            return False
        return self.made_before is None or purchase_date < self.made_before

    def undecided(self, product: Product, purchase_date: date | None) -> bool:
        """Whether the gate matters for ``product`` but the purchase date is not known."""
        return product in self.products and purchase_date is None

    @property
    def boundary(self) -> date:
        """The date that splits the agreements."""
        found = self.made_from or self.made_before
        assert found is not None
        return found


class ProductClock(Entry):
    """The other side's clock for a rung when the case is paid with one of ``products``."""

    products: list[Product] = Field(min_length=1)
    clock: Clock
    holding_clock: Clock | None = None
    usual: Clock | None = None
    fr: SourceText | None = None
    de: SourceText | None = None
    sv: SourceText | None = None
