"""Text handling: normalisation, paragraph and sentence segmentation, language identification."""
