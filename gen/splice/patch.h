/*
 * splice --format-patch DIR: the changes as a series that git am
 * applies, one patch per page, in man-pages' style (splice/patch.c).
 */
#ifndef SPLICE_PATCH_H
#define SPLICE_PATCH_H

#include "model/model.h"
#include "splice/edits.h"

/* Queue the patch of one page: rel is its path in the tree. */
void	 patch_add(const struct spec *, const char *rel,
	    const struct page_edits *, const char *diff);

/* Write the series into dir, atomically with the other outfiles. */
int	 patch_write_all(const struct spec *, const char *dir);

#endif /* !SPLICE_PATCH_H */
