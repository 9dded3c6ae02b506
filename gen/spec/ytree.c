/*
 * Build a struct ynode tree from libyaml events.
 *
 * libyaml's own loader expands nothing but follows aliases by
 * reference, which makes an alias bomb cheap to load and exponential
 * to walk; it also recurses without a depth limit in 0.2.5.  The spec
 * needs neither aliases nor deep nesting, so this builder refuses
 * them with a position, and bounds everything else it keeps.
 */
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "msg.h"
#include "xalloc.h"
#include "spec/ytree.h"

struct builder {
	const unsigned char	*buf;
	size_t			 len;
	struct ynode		*stack[YTREE_MAX_DEPTH + 1];
	size_t			 depth;
	size_t			 nodes;
	struct ynode		*root;
};

const char *
ytype_name(enum ytype t)
{
	static const char *const names[] = { "scalar", "sequence", "mapping" };

	return names[t];
}

static struct pos
mark_pos(yaml_mark_t m)
{
	struct pos	 p;

	p.line = m.line;
	p.col = m.column;
	return p;
}

/* Reader errors carry only a byte offset: turn it into a position. */
static struct pos
offset_pos(const struct builder *b, size_t off)
{
	struct pos	 p = { 0, 0 };
	size_t		 i;

	for (i = 0; i < off && i < b->len; i++) {
		if (b->buf[i] == '\n') {
			p.line++;
			p.col = 0;
		} else if ((b->buf[i] & 0xc0) != 0x80)
			p.col++;
	}
	return p;
}

static void
report_parser(const struct builder *b, const yaml_parser_t *yp)
{
	struct pos	 p;

	if (yp->error == YAML_READER_ERROR) {
		p = offset_pos(b, yp->problem_offset);
		msg_error(&p, "%s", yp->problem);
	} else if (yp->error == YAML_MEMORY_ERROR) {
		msg_fatal("out of memory while parsing");
	} else {
		p = mark_pos(yp->problem_mark);
		if (yp->context != NULL)
			msg_error(&p, "%s (%s)", yp->problem, yp->context);
		else
			msg_error(&p, "%s", yp->problem);
	}
}

void
ytree_free(struct ynode *n)
{
	size_t	 i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nkids; i++)
		ytree_free(n->kids[i]);
	free(n->kids);
	free(n->value);
	free(n);
}

/* Only the tags a plain document would have anyway are accepted. */
static int
tag_ok(const yaml_char_t *tag, enum ytype t)
{
	static const char *const core[] = {
		YAML_STR_TAG, YAML_SEQ_TAG, YAML_MAP_TAG
	};

	return tag == NULL || strcmp((const char *)tag, core[t]) == 0;
}

static int
check_props(const yaml_event_t *ev, const yaml_char_t *anchor,
    const yaml_char_t *tag, enum ytype t)
{
	struct pos	 p = mark_pos(ev->start_mark);

	if (anchor != NULL) {
		msg_error(&p, "anchors and aliases are not supported: &%s",
		    (const char *)anchor);
		return -1;
	}
	if (!tag_ok(tag, t)) {
		msg_error(&p, "unsupported tag: %s", (const char *)tag);
		return -1;
	}
	return 0;
}

static int
attach(struct builder *b, struct ynode *n)
{
	struct ynode	*parent;

	if (++b->nodes > YTREE_MAX_NODES) {
		msg_error(&n->pos, "more than %u nodes", YTREE_MAX_NODES);
		ytree_free(n);
		return -1;
	}
	if (b->depth == 0) {
		b->root = n;
		return 0;
	}
	parent = b->stack[b->depth - 1];
	if (parent->nkids == parent->capkids) {
		/* Doubling keeps a long list linear to build. */
		parent->capkids = parent->capkids ? parent->capkids * 2 : 4;
		parent->kids = xreallocarray(parent->kids, parent->capkids,
		    sizeof(*parent->kids));
	}
	parent->kids[parent->nkids++] = n;
	return 0;
}

static int
add_scalar(struct builder *b, const yaml_event_t *ev)
{
	struct ynode	*n;
	size_t		 len = ev->data.scalar.length;
	const char	*v = (const char *)ev->data.scalar.value;

	if (check_props(ev, ev->data.scalar.anchor, ev->data.scalar.tag,
	    Y_SCALAR) == -1)
		return -1;
	n = xcalloc(1, sizeof(*n));
	n->type = Y_SCALAR;
	n->pos = mark_pos(ev->start_mark);
	if (len > YTREE_MAX_SCALAR) {
		msg_error(&n->pos, "scalar longer than %u bytes",
		    YTREE_MAX_SCALAR);
		free(n);
		return -1;
	}
	if (memchr(v, '\0', len) != NULL) {
		msg_error(&n->pos, "null byte in scalar");
		free(n);
		return -1;
	}
	n->value = xstrndup(v, len);
	n->len = len;
	switch (ev->data.scalar.style) {
	case YAML_LITERAL_SCALAR_STYLE:
	case YAML_FOLDED_SCALAR_STYLE:
		n->style = Y_BLOCK;
		break;
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		n->style = Y_QUOTED;
		break;
	default:
		n->style = Y_PLAIN;
		break;
	}
	return attach(b, n);
}

static int
open_container(struct builder *b, const yaml_event_t *ev, enum ytype t)
{
	struct ynode	*n;
	const yaml_char_t *anchor, *tag;

	if (t == Y_SEQ) {
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
	} else {
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
	}
	if (check_props(ev, anchor, tag, t) == -1)
		return -1;
	n = xcalloc(1, sizeof(*n));
	n->type = t;
	n->pos = mark_pos(ev->start_mark);
	if (b->depth == YTREE_MAX_DEPTH) {
		msg_error(&n->pos, "nested deeper than %d levels",
		    YTREE_MAX_DEPTH);
		free(n);
		return -1;
	}
	if (attach(b, n) == -1)
		return -1;
	b->stack[b->depth++] = n;
	return 0;
}

/* Handle one event; 1 at the end of the stream, -1 on error. */
static int
handle(struct builder *b, const yaml_event_t *ev, int *ndocs)
{
	struct pos	 p = mark_pos(ev->start_mark);

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*ndocs > 1) {
			msg_error(&p, "more than one document");
			return -1;
		}
		return 0;
	case YAML_ALIAS_EVENT:
		msg_error(&p, "anchors and aliases are not supported: *%s",
		    (const char *)ev->data.alias.anchor);
		return -1;
	case YAML_SCALAR_EVENT:
		return add_scalar(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		return open_container(b, ev, Y_SEQ);
	case YAML_MAPPING_START_EVENT:
		return open_container(b, ev, Y_MAP);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		return 0;
	case YAML_STREAM_END_EVENT:
		return 1;
	default:
		return 0;
	}
}

struct ynode *
ytree_parse(const unsigned char *buf, size_t len)
{
	yaml_parser_t	 yp;
	yaml_event_t	 ev;
	struct builder	 b;
	int		 rc = 0, ndocs = 0;

	memset(&b, 0, sizeof(b));
	b.buf = buf;
	b.len = len;
	if (!yaml_parser_initialize(&yp)) {
		msg_fatal("cannot initialize the YAML parser");
		return NULL;
	}
	yaml_parser_set_input_string(&yp, buf, len);
	while (rc == 0) {
		if (!yaml_parser_parse(&yp, &ev)) {
			report_parser(&b, &yp);
			rc = -1;
			break;
		}
		rc = handle(&b, &ev, &ndocs);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&yp);
	if (rc == -1) {
		ytree_free(b.root);
		return NULL;
	}
	if (b.root == NULL) {
		msg_fatal("empty document");
		return NULL;
	}
	return b.root;
}
