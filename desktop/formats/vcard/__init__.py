"""vCard 2.1, 3.0 and 4.0: reading cards as real products write them, and writing them back."""
