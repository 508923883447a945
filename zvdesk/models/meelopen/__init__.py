"""3.2 Meelopen in de praktijk: meeloopdagen and uitwisselingstrajecten with their reflections."""
