"""Task 1: PDFs to parsed pages, chunks, embeddings, the chunk and document tables and the index."""
