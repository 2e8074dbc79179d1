"""A PDF page rendered as an image with a quoted span shaded, for the source viewer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image


def render_pdf_page(path: Path, page: int, quote: str, scale: float = 1.6) -> Image | None:
    """The PDF page as an image with the quote's position (pdfium text search) shaded."""
    import pypdfium2 as pdfium
    from PIL import Image as PILImage
    from PIL import ImageDraw

    pdf = pdfium.PdfDocument(str(path))
    try:
        if not 1 <= page <= len(pdf):
            return None
        pdf_page = pdf[page - 1]
        textpage = pdf_page.get_textpage()
        boxes = _quote_boxes(textpage, quote)
        image = pdf_page.render(scale=scale).to_pil().convert("RGBA")
        left, _, _, top = pdf_page.get_cropbox()
        overlay = PILImage.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for x0, y0, x1, y1 in boxes:
            draw.rectangle(
                [(x0 - left) * scale, (top - y1) * scale, (x1 - left) * scale, (top - y0) * scale],
                fill=(255, 212, 0, 90),
                outline=(230, 140, 0, 220),
            )
        return PILImage.alpha_composite(image, overlay).convert("RGB")
    finally:
        pdf.close()


def _quote_boxes(textpage, quote: str) -> list[tuple[float, float, float, float]]:
    """Rectangles (PDF points) of the quote on the page: the whole quote if pdfium finds it,
    else its phrases one by one (line breaks and repaired spacing differ between the parsed
    text and the PDF's own text layer; a quote may also run onto the next page)."""
    found = textpage.search(quote, match_case=False).get_next()
    if found:
        return _rects(textpage, *found)
    boxes: list[tuple[float, float, float, float]] = []
    after = 0  # each phrase is looked for after the previous one, not anywhere on the page
    for phrase in re.split(r"[，,；;、：:。.“”\"（）()\s]+", quote):
        if len(phrase) < 4:
            continue
        found = textpage.search(phrase, index=after, match_case=False).get_next()
        if found:
            boxes += _rects(textpage, *found)
            after = found[0] + found[1]
    return boxes


def _rects(textpage, index: int, count: int) -> list[tuple[float, float, float, float]]:
    return [textpage.get_rect(i) for i in range(textpage.count_rects(index, count))]
