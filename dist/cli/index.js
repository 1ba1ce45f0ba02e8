#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/input-error.ts
/** The action's wording; an error's plain `message` uses it. */
const INPUT_WORDING = {
    one: 'Input',
    many: 'Inputs',
    name: (input) => `'${input}'`,
};
/** A bad input: the message names the input, the value and what is allowed. */
class input_error_InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super();
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
        this.message = this.describe(INPUT_WORDING);
    }
    describe(wording) {
        return `${wording.one} ${wording.name(this.input)} has the value ${JSON.stringify(this.value)}: ${this.allowed}.`;
    }
}
/** Inputs that may not be given together: the message names each, with its value. */
class InputConflictError extends input_error_InputError {
    given;
    constructor(given, allowed) {
        super(given[0]?.input ?? '', given[0]?.value ?? '', allowed);
        this.given = given;
        this.name = 'InputConflictError';
        this.message = this.describe(INPUT_WORDING);
    }
    describe(wording) {
        // Set by the constructor after super() returns; super's own call sees it undefined.
        if (!this.given)
            return '';
        const names = this.given.map((g) => `${wording.name(g.input)} (${JSON.stringify(g.value)})`);
        return `${wording.many} ${names.join(' and ')} were given together: ${this.allowed}.`;
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/exec.ts


/** The last `lines` non-empty lines of `text`: enough to explain a failure without flooding the log. */
function tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** Thrown when a command exits non-zero; its message names the command, the code and the stderr tail. */
class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        const output = tail(result.stderr || result.stdout);
        super(`\`${command}\` exited with code ${result.code}${output ? `:\n${output}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
/** Quotes an argument only where a reader would otherwise misread it. */
function shellWord(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
/** The command line as a person would type it, for logs and error messages. */
function commandLine(cmd, args) {
    return [cmd, ...args].map(shellWord).join(' ');
}
/** Thrown when a command was stopped because the step was cancelled. */
class CancelledError extends Error {
    command;
    constructor(command) {
        super(`\`${command}\` was stopped: the step was cancelled`);
        this.command = command;
        this.name = 'CancelledError';
    }
}
/**
 * How long a cancelled command gets between SIGTERM and SIGKILL. The runner itself sends SIGTERM
 * 7.5 s after SIGINT (FACTS §5): the child must be gone before that.
 */
const KILL_AFTER_MS = 5_000;
/**
 * The real runner: never throws on a non-zero exit. With `signal`, aborting stops the child
 * (SIGTERM, then SIGKILL) and waits until it is gone before throwing {@link CancelledError}, so
 * nothing it started keeps running after the step ends.
 */
const run = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
    const line = commandLine(cmd, args);
    if (opts.signal?.aborted)
        return reject(new CancelledError(line));
    const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, [...args], {
        stdio: [opts.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    });
    const stdout = [];
    const stderr = [];
    const collect = (into) => (data) => {
        into.push(data);
        opts.onOutput?.(data.toString());
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));
    let killTimer;
    const stop = () => {
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    };
    opts.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', (error) => {
        opts.signal?.removeEventListener('abort', stop);
        reject(new Error(error.code === 'ENOENT'
            ? `\`${cmd}\` was not found on PATH`
            : `cannot run ${line}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
        clearTimeout(killTimer);
        opts.signal?.removeEventListener('abort', stop);
        if (opts.signal?.aborted)
            return reject(new CancelledError(line));
        resolve({
            // A signal death reads as a shell reports it: 128 + the signal's number.
            code: code ?? 128 + (signal ? (external_node_os_namespaceObject.constants.signals[signal] ?? 0) : 0),
            stdout: Buffer.concat(stdout).toString(),
            stderr: Buffer.concat(stderr).toString(),
        });
    });
    if (opts.input !== undefined)
        child.stdin?.end(opts.input);
});
/** Runs and throws {@link CommandError} on a non-zero exit; returns the result otherwise. */
async function runChecked(runner, cmd, args, opts) {
    const result = await runner(cmd, args, opts);
    if (result.code !== 0)
        throw new CommandError(commandLine(cmd, args), result);
    return result;
}
/** A runner whose every command stops when `signal` aborts. */
function cancellableRunner(runner, signal) {
    return (cmd, args, opts) => runner(cmd, args, { ...opts, signal });
}
/** A runner that logs each command line at debug level first (shown with ACTIONS_STEP_DEBUG). */
function debugRunner(runner, log) {
    return (cmd, args, opts) => {
        log.debug(commandLine(cmd, args));
        return runner(cmd, args, opts);
    };
}
/** Standard error kept for messages: enough for any real error, bounded against a flood. */
const STDERR_KEEP = 64 * 1024;
/** The real {@link StreamRunner}, backed by `child_process.spawn` (no shell). */
const streamCommand = (cmd, args) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => {
        stderr = (stderr + text).slice(-STDERR_KEEP);
    });
    const exited = new Promise((resolve) => {
        child.on('error', (err) => resolve({ code: 127, stderr: `${stderr}${err.message}` }));
        child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
    });
    return {
        stdout: child.stdout,
        exited,
        stop: () => {
            child.kill('SIGTERM');
        },
    };
};
/** A stream runner that logs each command line at debug level first, like {@link debugRunner}. */
function debugStreamRunner(runner, log) {
    return (cmd, args) => {
        log.debug(commandLine(cmd, args));
        return runner(cmd, args);
    };
}

;// CONCATENATED MODULE: ./src/inputs/names.ts
/** Names of the action's inputs, as in action.yml. Part of the public interface. */
const names_INPUT = {
    clusterName: 'cluster-name',
    policy: 'policy',
    policyFile: 'policy-file',
    preset: 'preset',
    policyLevel: 'policy-level',
    omitStages: 'omit-stages',
    omitManagedFields: 'omit-managed-fields',
    nodeImage: 'node-image',
    controlPlanes: 'control-planes',
    workers: 'workers',
    wait: 'wait',
    verifyTimeout: 'verify-timeout',
    artifactName: 'artifact-name',
    retentionDays: 'retention-days',
    upload: 'upload',
    overwrite: 'overwrite',
    redact: 'redact',
    rawFiles: 'raw-files',
    compressionLevel: 'compression-level',
    jobSummary: 'job-summary',
    jobIndex: 'job-index',
};
/**
 * Every input's default: the one home. The runner fills action.yml's defaults in (a test proves
 * they agree with these); the CLI falls back to these for a flag it was not given.
 */
const INPUT_DEFAULTS = {
    'cluster-name': 'kind',
    policy: '',
    'policy-file': '',
    preset: '',
    'policy-level': '',
    'omit-stages': '',
    'omit-managed-fields': '',
    'node-image': '',
    'control-planes': '1',
    workers: '0',
    wait: '120s',
    'verify-timeout': '60s',
    'artifact-name': '',
    'retention-days': '',
    upload: 'true',
    overwrite: 'false',
    redact: 'true',
    'raw-files': 'true',
    'compression-level': '6',
    'job-summary': 'true',
    // An expression only the runner can evaluate; outside a runner there is no matrix leg.
    'job-index': '${{ strategy.job-index }}',
};
/** Names of the action's outputs, as in action.yml. Part of the public interface. */
const OUTPUT = {
    clusterName: 'cluster-name',
    kubeconfigContext: 'kubeconfig-context',
    policyPath: 'policy-path',
    kindConfigPath: 'kind-config-path',
    auditLogPath: 'audit-log-path',
    auditLogDir: 'audit-log-dir',
    controlPlaneNodes: 'control-plane-nodes',
};
/**
 * The keys main writes for post. The runner hands state over in environment variables (Linux
 * caps one near 128 KiB), so each holds paths and small values only — never a policy's text.
 */
const STATE_KEY = {
    /** The run: cluster, folder, files, nodes, what was verified ({@link RunState}). */
    run: 'kind-audit',
    /** What only the action needs in post: where the artifact goes. */
    artifact: 'kind-audit-artifact',
};

;// CONCATENATED MODULE: ./src/policy/presets.ts
/**
 * A policy with one catch-all rule at `level`. For Metadata this is, byte for byte, the policy of
 * the kind auditing guide (https://kind.sigs.k8s.io/docs/user/auditing/).
 */
function levelPolicy(level) {
    return `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: ${level}\n`;
}
/** Names of the built-in policies, as users write them in the `policy` input. */
const PRESETS = ['metadata', 'recommended'];
/** Narrows a string to {@link PresetName}. */
function isPresetName(value) {
    return PRESETS.includes(value);
}
// Modelled on the kube-up (GCE) policy
// (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy),
// trimmed for a short-lived CI cluster: drop the chatter, never record credentials, keep the
// bodies of writes because those explain what a test changed.
const RECOMMENDED = `# kind-audit "recommended" audit policy: the first matching rule wins.
apiVersion: audit.k8s.io/v1
kind: Policy
# RequestReceived repeats what ResponseComplete (or ResponseStarted for watches) says later.
omitStages:
  - RequestReceived
rules:
  # Probes and version checks arrive every few seconds and say nothing about the workload.
  - level: None
    nonResourceURLs:
      - /healthz*
      - /livez*
      - /readyz*
      - /version
      - /version/
  # kube-proxy watches Services and Endpoints on every node for the cluster's whole life.
  - level: None
    users: ["system:kube-proxy"]
    verbs: ["watch"]
    resources:
      - group: ""
        resources: ["endpoints", "services", "services/status"]
      - group: discovery.k8s.io
        resources: ["endpointslices"]
  # Kubelets read their own Node objects over and over.
  - level: None
    userGroups: ["system:nodes"]
    verbs: ["get"]
    resources:
      - group: ""
        resources: ["nodes", "nodes/status"]
  # Leader election and node heartbeats renew Leases every few seconds.
  - level: None
    verbs: ["get", "update"]
    namespaces: ["kube-system", "kube-node-lease"]
    resources:
      - group: coordination.k8s.io
        resources: ["leases"]
  # Events are a log of their own; auditing them doubles the volume.
  - level: None
    resources:
      - group: ""
        resources: ["events"]
      - group: events.k8s.io
        resources: ["events"]
  # Bodies here hold credentials, and the uploaded artifact is readable by anyone who can read
  # the repository: record who touched them, never what they contain.
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps", "serviceaccounts/token"]
      - group: authentication.k8s.io
        resources: ["tokenreviews"]
  # Writes: keep the body that was sent, which is what explains a change a test made.
  - level: Request
    verbs: ["create", "update", "patch", "delete", "deletecollection"]
  # Everything else (reads, watches, other URLs): who did what, without bodies.
  - level: Metadata
`;
/** The YAML text of a built-in policy, with comments explaining each rule. */
function presetPolicy(name) {
    return name === 'metadata' ? levelPolicy('Metadata') : RECOMMENDED;
}

;// CONCATENATED MODULE: ./src/policy/types.ts
/**
 * The audit policy model of kube-apiserver (`audit.k8s.io/v1` Policy), as this project reads,
 * checks and evaluates it. Field names match the YAML so a decoded file maps onto them directly.
 */
/** How much of a request kube-apiserver records, in increasing order of detail. */
const AUDIT_LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'];
/** The stages at which an audit event can be written, in the order kube-apiserver lists them. */
const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'];
/** The only apiVersion kube-apiserver ≥ 1.24 accepts for a policy file. */
const POLICY_API_VERSION = 'audit.k8s.io/v1';
/** Narrows a string to {@link AuditLevel}. */
function isAuditLevel(value) {
    return AUDIT_LEVELS.includes(value);
}
/** Narrows a string to {@link Stage}. */
function isStage(value) {
    return STAGES.includes(value);
}

;// CONCATENATED MODULE: ./src/inputs/policy.ts




function policyLevel(value) {
    const known = AUDIT_LEVELS.find((l) => l === value);
    if (!known) {
        throw new input_error_InputError(names_INPUT.policyLevel, value, `allowed levels are ${AUDIT_LEVELS.join(', ')} (case-sensitive, as kube-apiserver reads them)`);
    }
    return known;
}
function preset(value) {
    if (!isPresetName(value)) {
        throw new input_error_InputError(names_INPUT.preset, value, `known presets are ${PRESETS.join(', ')}`);
    }
    return value;
}
/** A value short enough to quote in a message: an inline policy can be pages long. */
function abbreviate(value) {
    const line = value.trim().split('\n')[0] ?? '';
    return line.length > 40 || value.trim().includes('\n') ? `${line.slice(0, 40)}…` : line;
}
/** Exactly one policy source; none means the guide's Metadata policy. */
function policySource(get) {
    const given = [names_INPUT.policy, names_INPUT.policyFile, names_INPUT.preset, names_INPUT.policyLevel].filter((name) => get(name).trim() !== '');
    if (given.length > 1) {
        throw new InputConflictError(given.map((input) => ({ input, value: abbreviate(get(input)) })), `set exactly one of ${names_INPUT.policy}, ${names_INPUT.policyFile}, ${names_INPUT.preset} or ${names_INPUT.policyLevel}; with none, the policy is the guide's Metadata policy`);
    }
    switch (given[0]) {
        case names_INPUT.policy:
            return { kind: 'inline', text: get(names_INPUT.policy), input: names_INPUT.policy };
        case names_INPUT.policyFile:
            return { kind: 'file', path: get(names_INPUT.policyFile).trim(), input: names_INPUT.policyFile };
        case names_INPUT.preset:
            return { kind: 'preset', name: preset(get(names_INPUT.preset).trim()) };
        case names_INPUT.policyLevel:
            return { kind: 'level', level: policyLevel(get(names_INPUT.policyLevel).trim()) };
        default:
            return { kind: 'level', level: 'Metadata' };
    }
}
/** The word that clears the policy's own `omitStages` on purpose. */
const NO_STAGES = 'none';
/**
 * A list of stages, comma- or newline-separated, as YAML lists are awkward in `with:`. Empty keeps
 * the policy's own `omitStages`; `none` clears them; a value that lists no stage at all (",") is
 * an error rather than a silent clearing.
 */
function omitStages(value) {
    if (!value.trim())
        return undefined;
    if (value.trim() === NO_STAGES)
        return [];
    const stages = value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    const allowed = `stages are ${STAGES.join(', ')}; "${NO_STAGES}" clears the policy's omitStages`;
    if (stages.length === 0) {
        throw new input_error_InputError(names_INPUT.omitStages, value, `it names no stage: ${allowed}`);
    }
    const bad = stages.filter((s) => !isStage(s));
    if (bad.length > 0) {
        throw new input_error_InputError(names_INPUT.omitStages, value, `${bad.map((b) => `"${b}"`).join(', ')} is not a stage; ${allowed}`);
    }
    return stages.filter(isStage);
}

;// CONCATENATED MODULE: ./src/duration.ts
/**
 * Go duration strings, the form kind's `--wait` takes ("120s", "2m30s", "1.5h"). Parsing them here
 * lets a bad value fail before kind runs instead of after a cluster was half created.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h)/g;
const WHOLE = /^(?:(?:\d+(?:\.\d+)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/;
/** Milliseconds in a Go duration, or `undefined` when the text is not one. "0" is zero. */
function parseDuration(text) {
    if (text === '0')
        return 0;
    if (!WHOLE.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART)) {
        total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
    }
    return total;
}

;// CONCATENATED MODULE: ./src/inputs/values.ts



/**
 * kind's own rule for cluster names (`pkg/apis/config/v1alpha4`): lowercase letters, digits, "-"
 * and ".", at most 50 characters; starting with a letter or digit, as Docker requires of the
 * container names built from it.
 */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
const CLUSTER_NAME_MAX = 50;
/** Characters the artifact service refuses in a name (FACTS §5). */
const ARTIFACT_FORBIDDEN = (/* unused pure expression or super */ null && (['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']));
/**
 * The longest duration accepted. Node fires a timer of more than 2^31-1 ms (about 24.8 days) at
 * once, and no job runs longer than a day; kind accepts any Go duration, so this bound suits both.
 */
const MAX_DURATION_MS = 24 * 3_600_000;
/** The value given, or the input's default when it was left empty. */
function orDefault(input, value) {
    return value || INPUT_DEFAULTS[input];
}
function clusterName(value) {
    const name = orDefault(names_INPUT.clusterName, value);
    if (!CLUSTER_NAME.test(name) || name.length > CLUSTER_NAME_MAX) {
        throw new input_error_InputError(names_INPUT.clusterName, value, `kind accepts at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit, e.g. "kind" or "e2e-1"` +
            (name.length > CLUSTER_NAME_MAX ? ` (this one has ${name.length})` : ''));
    }
    return name;
}
/** A Go duration ("90s", "2m30s") within bounds, in milliseconds. */
function duration(input, value, positive) {
    const ms = parseDuration(orDefault(input, value));
    if (ms === undefined || (positive && ms <= 0) || ms > MAX_DURATION_MS) {
        throw new input_error_InputError(input, value, `expected a duration such as "90s", "2m" or "1m30s"${positive ? ', greater than zero' : ''} and at most 24h`);
    }
    return ms;
}
function values_wholeNumber(input, value, min, max) {
    const text = orDefault(input, value);
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) {
        throw new input_error_InputError(input, value, `expected a whole number from ${min} to ${max}`);
    }
    return n;
}
function values_boolean(input, value) {
    const text = orDefault(input, value);
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new input_error_InputError(input, value, 'expected true or false');
}
/** An optional boolean: empty leaves the setting to whatever else decides it. */
function optionalBoolean(input, value) {
    return value ? values_boolean(input, value) : undefined;
}
function values_retentionDays(value) {
    if (!value)
        return undefined;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 90) {
        throw new InputError(INPUT.retentionDays, value, 'expected a whole number of days from 1 to 90, or empty for the repository setting');
    }
    return days;
}
function values_artifactName(value) {
    if (!value)
        return undefined;
    const bad = ARTIFACT_FORBIDDEN.filter((c) => value.includes(c));
    if (bad.length > 0) {
        const shown = bad.map((c) => JSON.stringify(c)).join(' ');
        throw new InputError(INPUT.artifactName, value, `artifact names cannot contain ${shown} (forbidden: " : < > | * ? \\r \\n \\ /)`);
    }
    return value;
}
function nodeImage(value) {
    if (!value)
        return undefined;
    if (/\s/.test(value)) {
        throw new input_error_InputError(names_INPUT.nodeImage, value, 'expected an image reference without spaces, e.g. kindest/node:v1.36.1');
    }
    return value;
}
/** The matrix leg; empty outside a matrix (and outside a runner). */
function values_jobIndex(value) {
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new InputError(INPUT.jobIndex, value, 'expected a whole number (leave it to its default, ${{ strategy.job-index }})');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/read.ts



/** Reads and checks the cluster's inputs; throws InputError on the first bad one. */
function readClusterOptions(get) {
    const omitManagedFields = optionalBoolean(names_INPUT.omitManagedFields, get(names_INPUT.omitManagedFields));
    const stages = omitStages(get(names_INPUT.omitStages));
    duration(names_INPUT.wait, get(names_INPUT.wait), false);
    return {
        clusterName: clusterName(get(names_INPUT.clusterName)),
        policySource: policySource(get),
        policyOptions: {
            ...(stages !== undefined ? { omitStages: stages } : {}),
            ...(omitManagedFields !== undefined ? { omitManagedFields } : {}),
        },
        nodeImage: nodeImage(get(names_INPUT.nodeImage)),
        controlPlanes: values_wholeNumber(names_INPUT.controlPlanes, get(names_INPUT.controlPlanes), 1, 7),
        workers: values_wholeNumber(names_INPUT.workers, get(names_INPUT.workers), 0, 16),
        // Passed to kind as written, once it is known to be a duration kind and Node both accept.
        wait: get(names_INPUT.wait) || INPUT_DEFAULTS[names_INPUT.wait],
        verifyTimeoutMs: duration(names_INPUT.verifyTimeout, get(names_INPUT.verifyTimeout), true),
    };
}
/** Reads and checks every input, before anything is created. */
function readInputs(get) {
    return {
        cluster: readClusterOptions(get),
        artifact: {
            name: artifactName(get(INPUT.artifactName)),
            retentionDays: retentionDays(get(INPUT.retentionDays)),
            upload: boolean(INPUT.upload, get(INPUT.upload)),
            overwrite: boolean(INPUT.overwrite, get(INPUT.overwrite)),
            redact: boolean(INPUT.redact, get(INPUT.redact)),
            rawFiles: boolean(INPUT.rawFiles, get(INPUT.rawFiles)),
            compressionLevel: wholeNumber(INPUT.compressionLevel, get(INPUT.compressionLevel), 0, 9),
            jobSummary: boolean(INPUT.jobSummary, get(INPUT.jobSummary)),
            jobIndex: jobIndex(get(INPUT.jobIndex)),
        },
    };
}

;// CONCATENATED MODULE: ./src/kind/cluster.ts

/** `kind create cluster` arguments. Pure, so the command line is tested without running kind. */
function createClusterArgs(options) {
    return [
        'create',
        'cluster',
        '--name',
        options.name,
        '--config',
        options.configPath,
        '--wait',
        options.wait,
        ...(options.image ? ['--image', options.image] : []),
    ];
}
/** Runs `kind create cluster`, streaming its output; throws naming the command, code and output tail. */
async function createCluster(run, options, onOutput) {
    await runChecked(run, 'kind', createClusterArgs(options), { onOutput });
}
/** The clusters kind knows (`kind get clusters`), so a name in use is refused before anything is written. */
async function clusterNames(run) {
    const { stdout } = await runChecked(run, 'kind', ['get', 'clusters']);
    // "No kind clusters found." goes to stderr; stdout holds one name a line.
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}
/** Deletes the cluster; kind treats a missing cluster as already deleted. */
async function deleteCluster(run, name) {
    await runChecked(run, 'kind', ['delete', 'cluster', '--name', name]);
}
/** The kubeconfig context kind writes for a cluster. */
function kubeconfigContext(name) {
    return `kind-${name}`;
}

;// CONCATENATED MODULE: ./src/kind/node.ts
/** Where kind's node keeps things the API server reads and writes (the guide's paths). */
const NODE_PATHS = {
    policyDir: '/etc/kubernetes/policies',
    policyFile: '/etc/kubernetes/policies/audit-policy.yaml',
    logDir: '/var/log/kubernetes',
    logFile: '/var/log/kubernetes/kube-apiserver-audit.log',
    apiserverManifest: '/etc/kubernetes/manifests/kube-apiserver.yaml',
};
/**
 * kind's names for a cluster's control-plane containers: `<cluster>-control-plane`, then
 * `-control-plane2`, `-control-plane3`, … (FACTS §1), known before the cluster exists.
 */
function controlPlaneNames(cluster, count) {
    return Array.from({ length: count }, (_, i) => `${cluster}-control-plane${i === 0 ? '' : i + 1}`);
}
/** kind's container labels (FACTS §1). */
const KIND_LABEL = {
    cluster: 'io.x-k8s.kind.cluster',
    role: 'io.x-k8s.kind.role',
};

;// CONCATENATED MODULE: ./src/kind/nodes.ts


/** `docker ps` arguments listing a cluster's containers (of one role, or all), stopped ones too. */
function listNodesArgs(cluster, role) {
    return [
        'ps',
        '--all',
        '--filter',
        `label=${KIND_LABEL.cluster}=${cluster}`,
        ...(role ? ['--filter', `label=${KIND_LABEL.role}=${role}`] : []),
        '--format',
        `{{.Names}}\t{{.State}}\t{{.Label "${KIND_LABEL.role}"}}`,
    ];
}
/** Parses `{{.Names}}\t{{.State}}\t<role>` lines, sorted by name so control-plane comes before control-plane2. */
function parseNodeList(stdout) {
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
        const [name = '', state = '', role = ''] = line.split('\t');
        return { name, running: state === 'running', role };
    })
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
/** A cluster's containers of one role (or of every role), found by kind's labels. */
async function listNodes(run, cluster, role) {
    const { stdout } = await runChecked(run, 'docker', listNodesArgs(cluster, role));
    return parseNodeList(stdout);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/policy/aliases.ts

/**
 * Resolves every alias of `doc` in one pass: each points at the last node before it that carries
 * its anchor, as in the `yaml` package's `Alias.resolve` — which walks the whole document on every
 * call, so a policy with many aliases would cost time in its square.
 */
function resolveAliases(doc) {
    const targets = new Map();
    const anchors = new Map();
    // Document order, without recursion: a deeply nested document must not exhaust the stack.
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            targets.set(node, anchors.get(node.source));
        }
        else if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0,dist/* isScalar */.jn)(node))
                continue;
            const items = node.items;
            for (let i = items.length - 1; i >= 0; i--) {
                const item = items[i];
                // A pair's key comes before its value.
                if ((0,dist/* isPair */.tO)(item))
                    stack.push(item.value, item.key);
                else
                    stack.push(item);
            }
        }
    }
    return targets;
}
// go-yaml's bounds (gopkg.in/yaml.v2 and v3 decode.go, `allowedAliasRatio`), which kube's decoder
// (sigs.k8s.io/yaml → go.yaml.in/yaml/v2) applies while it turns the policy into JSON.
const RATIO_RANGE_LOW = 400_000;
const RATIO_RANGE_HIGH = 4_000_000;
/** The share of decoded nodes go-yaml lets come from alias expansion, for a document this far in. */
function allowedAliasRatio(decodeCount) {
    // Small and medium documents may be 99% aliases; very large ones only 10%, in a straight line between.
    if (decodeCount <= RATIO_RANGE_LOW)
        return 0.99;
    if (decodeCount >= RATIO_RANGE_HIGH)
        return 0.1;
    const through = (decodeCount - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW);
    return 0.99 - 0.89 * through;
}
/**
 * Walks the first document the way kube's YAML decoder does (go-yaml v2 `decoder.unmarshal` into
 * an `interface{}`), aliases and merge keys expanded, and returns kube's error when it would stop:
 * an alias that contains itself, an anchor never defined, a merge of something other than
 * mappings, or "document contains excessive aliasing" — go-yaml's guard against alias bombs, which
 * refuses a document once more than 100 of over 1000 decoded nodes came from alias expansion and
 * their share passes {@link allowedAliasRatio}. The walk stops there, so its cost is bounded
 * however the aliases nest; ordinary policies, with hundreds of aliases, pass as they do in kube.
 */
function aliasExpansionError(doc, targets) {
    let decodeCount = 0;
    let aliasCount = 0;
    let aliasDepth = 0;
    const expanding = new Set();
    const stack = [{ visit: doc.contents }];
    // go-yaml counts the document node too.
    decodeCount++;
    while (stack.length > 0) {
        const step = stack.pop();
        if ('leave' in step) {
            aliasDepth--;
            expanding.delete(step.leave);
            continue;
        }
        if ('merge' in step) {
            const problem = pushMerge(step.merge, targets, stack);
            if (problem)
                return `failed decoding: yaml: ${problem}`;
            continue;
        }
        const node = step.visit;
        if (node === null || node === undefined)
            continue;
        decodeCount++;
        if (aliasDepth > 0)
            aliasCount++;
        if (aliasCount > 100 &&
            decodeCount > 1000 &&
            aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
            return 'failed decoding: yaml: document contains excessive aliasing';
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = targets.get(node);
            if (target === undefined) {
                return `failed decoding: yaml: unknown anchor '${node.source}' referenced`;
            }
            if (expanding.has(node)) {
                // The project's earlier wording is kept after kube's, for those who search for it.
                return `failed decoding: yaml: anchor '${node.source}' value contains itself (an alias refers to itself)`;
            }
            expanding.add(node);
            aliasDepth++;
            stack.push({ leave: node }, { visit: target });
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            // Pairs in order: a merge key's value is merged where it stands, other keys decode key then value.
            for (let i = node.items.length - 1; i >= 0; i--) {
                const pair = node.items[i];
                if (pair === undefined)
                    continue;
                if (isMergeKey(pair.key))
                    stack.push({ merge: pair.value });
                else
                    stack.push({ visit: pair.value }, { visit: pair.key });
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ visit: node.items[i] });
        }
    }
    return undefined;
}
/** go-yaml's `merge`: a mapping, an alias of one, or a list of those, the last merged first. */
function pushMerge(value, targets, stack) {
    const wantMap = 'map merge requires map or sequence of maps as the value';
    const mergeable = (node) => (0,dist/* isMap */.jh)(node) || ((0,dist/* isAlias */.Vj)(node) && (targets.get(node) === undefined || (0,dist/* isMap */.jh)(targets.get(node))));
    if ((0,dist/* isSeq */.oP)(value)) {
        if (!value.items.every(mergeable))
            return wantMap;
        // Pushed first to last, so the last item is decoded first, as go-yaml steps backwards.
        for (const item of value.items)
            stack.push({ visit: item });
        return undefined;
    }
    if (!mergeable(value))
        return wantMap;
    stack.push({ visit: value });
    return undefined;
}
/**
 * A plain `<<` key, which YAML 1.1 (read by kube's decoder) makes a merge; the `yaml` package
 * gives it a symbol for a value. A quoted `"<<"` is an ordinary key.
 */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol';
}

;// CONCATENATED MODULE: ./src/policy/yaml-reader.ts


/**
 * Typed reads over a parsed YAML document that behave like kube's decoder (YAML → JSON → Go
 * struct): a wrong type is a decoding error, null is the zero value, unknown and duplicate keys are
 * only warnings because kube-apiserver falls back to lenient decoding for them (the last duplicate
 * wins). Every read remembers the line of its path so later checks can point at it.
 */
class YamlReader {
    targets;
    counter;
    belongsTo;
    errors = [];
    warnings = [];
    lines = new Map();
    active = new Set();
    constructor(
    /** Where each alias points, resolved once for the whole document. */
    targets, counter, 
    /** For an unknown key: where it would have been valid, to explain a mis-indentation. */
    belongsTo) {
        this.targets = targets;
        this.counter = counter;
        this.belongsTo = belongsTo;
    }
    /** 1-based line of a node in the text, when the parser kept its position. */
    lineOf(node) {
        const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
        return offset === undefined ? undefined : this.counter.linePos(offset).line;
    }
    /**
     * The known fields of a mapping at `path`, after YAML merge keys; `undefined` when the node is
     * null (kube's zero value) or, with a decoding error, not a mapping.
     */
    fields(raw, path, known) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return undefined;
        if (!(0,dist/* isMap */.jh)(node))
            return this.typeError(path, 'a mapping', node);
        // An alias can point back into the mapping it is merged into; kube's decoder refuses that.
        if (this.active.has(node)) {
            this.errors.push(`failed decoding: ${path || 'the policy'}: an alias refers to itself`);
            return undefined;
        }
        this.active.add(node);
        try {
            return this.readMap(node, path, known);
        }
        finally {
            this.active.delete(node);
        }
    }
    readMap(node, path, known) {
        const out = new Map();
        const seen = new Set();
        const merged = [];
        for (const pair of node.items) {
            if (isMergeKey(pair.key)) {
                merged.push(pair.value);
                continue;
            }
            const keyNode = (0,dist/* isScalar */.jn)(pair.key) ? pair.key : null;
            const key = keyNode ? keyText(keyNode.value) : '?';
            const child = join(path, key);
            const line = this.lineOf(keyNode);
            if (seen.has(key)) {
                this.warn(child, line, `duplicate key "${key}"; kube-apiserver keeps the last value`);
            }
            seen.add(key);
            if (!known.includes(key)) {
                this.unknown(child, key, line);
                continue;
            }
            if (line !== undefined)
                this.lines.set(child, line);
            out.set(key, pair.value);
        }
        // Merge keys (YAML 1.1, which kube's decoder reads): explicit keys win, then earlier sources.
        for (const source of merged.flatMap((m) => this.mergeSources(m))) {
            const inner = this.fields(source, path, known);
            for (const [key, value] of inner ?? [])
                if (!out.has(key))
                    out.set(key, value);
        }
        return out;
    }
    /** A string field: null reads as "", any other non-string is a decoding error. */
    string(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return '';
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return node.value;
        return this.typeError(path, 'a string', node) ?? '';
    }
    /** A boolean field (kube's `*bool`): null reads as unset. */
    bool(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return undefined;
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.typeError(path, 'true or false', node);
    }
    /** The items of a list field; null reads as an empty list. */
    list(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return [];
        if ((0,dist/* isSeq */.oP)(node))
            return node.items;
        return this.typeError(path, 'a list', node) ?? [];
    }
    /** A list of strings, e.g. `verbs`; each item is read like {@link string}. */
    strings(raw, path) {
        return this.list(raw, path).map((item, i) => {
            const line = this.lineOf(item);
            if (line !== undefined)
                this.lines.set(`${path}[${i}]`, line);
            return this.string(item, `${path}[${i}]`);
        });
    }
    /** A warning tied to a path and line. */
    warn(path, line, message) {
        const where = path ? { path } : {};
        const text = path ? `${path}: ${message}` : message;
        this.warnings.push({ message: text, ...where, ...(line ? { line } : {}) });
    }
    unknown(path, key, line) {
        const home = this.belongsTo(key);
        const hint = home ? `; "${key}" is ${home} field, so check its indentation` : '';
        this.warn(path, line, `unknown field "${key}" is dropped by kube-apiserver${hint}`);
    }
    mergeSources(raw) {
        const node = this.deref(raw);
        return (0,dist/* isSeq */.oP)(node) ? node.items : [node];
    }
    deref(raw) {
        if (raw === null || raw === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(raw)) {
            const target = this.targets.get(raw);
            if (target === undefined) {
                this.errors.push(`failed decoding: unknown anchor '${raw.source}' referenced`);
                return null;
            }
            return this.deref(target);
        }
        return (0,dist/* isScalar */.jn)(raw) || (0,dist/* isMap */.jh)(raw) || (0,dist/* isSeq */.oP)(raw) ? raw : null;
    }
    isNull(node) {
        return (0,dist/* isScalar */.jn)(node) && node.value === null;
    }
    typeError(path, expected, node) {
        const line = this.lineOf(node);
        const at = line ? ` (line ${line})` : '';
        this.errors.push(`failed decoding: ${path || 'the policy'}: expected ${expected}, found ${describe(node)}${at}`);
        return undefined;
    }
}
function join(path, key) {
    return path ? `${path}.${key}` : key;
}
function keyText(value) {
    if (typeof value === 'symbol')
        return value.description ?? '';
    return String(value);
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === 'boolean')
        return `the boolean ${String(value)}`;
    if (typeof value === 'number' || typeof value === 'bigint')
        return `the number ${String(value)}`;
    if (value instanceof Date)
        return 'a timestamp';
    if (typeof value === 'string')
        return 'a string';
    return 'an unsupported value';
}

;// CONCATENATED MODULE: ./src/policy/decode.ts



// `metadata` is the ObjectMeta every Kubernetes object may carry; kube decodes it, we ignore it.
const POLICY_FIELDS = [
    'apiVersion',
    'kind',
    'metadata',
    'rules',
    'omitStages',
    'omitManagedFields',
];
const RULE_FIELDS = [
    'level',
    'users',
    'userGroups',
    'verbs',
    'resources',
    'namespaces',
    'nonResourceURLs',
    'omitStages',
    'omitManagedFields',
];
const GROUP_FIELDS = ['group', 'resources', 'resourceNames'];
function belongsTo(key) {
    if (RULE_FIELDS.includes(key))
        return 'a rule';
    if (GROUP_FIELDS.includes(key))
        return 'a resources[] entry';
    if (POLICY_FIELDS.includes(key))
        return 'a top-level policy';
    return undefined;
}
/**
 * Decodes policy text (YAML 1.1, as kube's decoder reads it, or JSON) into a {@link RawPolicy}.
 * Type mismatches are errors, as they are for kube-apiserver; unknown and duplicate keys are
 * warnings, because kube-apiserver accepts them and drops or overrides the values silently.
 */
function decodePolicy(text) {
    const counter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter: counter,
        version: '1.1',
        uniqueKeys: false,
        merge: true,
    });
    const docs = Array.isArray(parsed) ? parsed : [];
    const doc = docs[0];
    const result = { errors: [], warnings: [], lines: new Map() };
    if (doc === undefined)
        return { ...result, raw: emptyPolicy() };
    const syntax = doc.errors[0];
    if (syntax !== undefined) {
        // The parser's message ends in "at line L, column C:" followed by a source excerpt.
        const first = (syntax.message.split('\n')[0] ?? syntax.message).replace(/:$/, '');
        return { ...result, errors: [`failed decoding: ${first}`] };
    }
    // kube expands the whole document before it looks at a field, so an alias bomb anywhere in it,
    // known fields or not, stops it; and so the reader below never expands more than kube allows.
    const targets = resolveAliases(doc);
    const aliasError = aliasExpansionError(doc, targets);
    if (aliasError !== undefined)
        return { ...result, errors: [aliasError] };
    const r = new YamlReader(targets, counter, belongsTo);
    if (docs.length > 1) {
        // kube's YAML decoder reads the first document only.
        r.warn('', r.lineOf(docs[1]?.contents), 'only the first YAML document is read');
    }
    const top = r.fields(doc.contents, '', POLICY_FIELDS);
    const raw = emptyPolicy();
    if (top !== undefined) {
        raw.apiVersion = r.string(top.get('apiVersion'), 'apiVersion');
        raw.kind = r.string(top.get('kind'), 'kind');
        raw.omitStages = r.strings(top.get('omitStages'), 'omitStages');
        raw.omitManagedFields = r.bool(top.get('omitManagedFields'), 'omitManagedFields');
        raw.rules = r.list(top.get('rules'), 'rules').map((item, i) => {
            const path = `rules[${i}]`;
            const line = r.lineOf(item);
            if (line !== undefined)
                r.lines.set(path, line);
            return readRule(r, item, path);
        });
    }
    const out = { errors: r.errors, warnings: r.warnings, lines: r.lines };
    return r.errors.length > 0 ? out : { ...out, raw };
}
function readRule(r, item, path) {
    const f = r.fields(item, path, RULE_FIELDS) ?? new Map();
    const strings = (key) => r.strings(f.get(key), `${path}.${key}`);
    return {
        level: r.string(f.get('level'), `${path}.level`),
        users: strings('users'),
        userGroups: strings('userGroups'),
        verbs: strings('verbs'),
        namespaces: strings('namespaces'),
        nonResourceURLs: strings('nonResourceURLs'),
        omitStages: strings('omitStages'),
        omitManagedFields: r.bool(f.get('omitManagedFields'), `${path}.omitManagedFields`),
        resources: r.list(f.get('resources'), `${path}.resources`).map((gr, j) => {
            const at = `${path}.resources[${j}]`;
            const g = r.fields(gr, at, GROUP_FIELDS) ?? new Map();
            return {
                group: r.string(g.get('group'), `${at}.group`),
                resources: r.strings(g.get('resources'), `${at}.resources`),
                resourceNames: r.strings(g.get('resourceNames'), `${at}.resourceNames`),
            };
        }),
    };
}
function emptyPolicy() {
    return { apiVersion: '', kind: '', rules: [], omitStages: [] };
}

;// CONCATENATED MODULE: ./src/policy/field-error.ts
/**
 * kube's `field.Error` message shapes (k8s.io/apimachinery `pkg/util/validation/field`), so our
 * errors read exactly like the ones kube-apiserver prints when it refuses a policy file.
 */
/** `path: Required value`. */
function required(path) {
    return `${path}: Required value`;
}
/** `path: Invalid value: <value>: detail`; strings are Go-quoted, lists printed as compact JSON. */
function invalid(path, value, detail) {
    const shown = typeof value === 'string' ? goQuote(value) : goJsonStrings(value);
    return `${path}: Invalid value: ${shown}: ${detail}`;
}
/** `path: Unsupported value: "v": supported values: "a", "b"`. */
function notSupported(path, value, supported) {
    const list = supported.map(goQuote).join(', ');
    return `${path}: Unsupported value: ${goQuote(value)}: supported values: ${list}`;
}
/** Go's `%q` for a string: printable characters stay as they are, the rest are escaped. */
function goQuote(value) {
    let out = '"';
    for (const ch of value) {
        out += goEscape(ch, false);
    }
    return out + '"';
}
/** Go's `json.Marshal` of a `[]string`, which HTML-escapes `<`, `>` and `&`. */
function goJsonStrings(values) {
    const items = values.map((v) => {
        let out = '"';
        for (const ch of v)
            out += goEscape(ch, true);
        return out + '"';
    });
    return `[${items.join(',')}]`;
}
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
function goEscape(ch, json) {
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined)
        return short;
    const code = ch.codePointAt(0) ?? 0;
    if (json) {
        if (ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029 || code < 0x20)
            return `\\u${code.toString(16).padStart(4, '0')}`;
        return ch;
    }
    if (code < 0x20 || code === 0x7f)
        return `\\x${code.toString(16).padStart(2, '0')}`;
    return ch;
}
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const DNS1123_SUBDOMAIN_MAX = 253;
/**
 * kube's `IsDNS1123Subdomain` messages for `value` (none when valid), joined with "," as the
 * audit validation joins them. Wording from k8s.io/apimachinery 1.36 (`validation/content`).
 */
function dnsSubdomainProblems(value) {
    const msgs = [];
    // Go measures length in bytes, not UTF-16 units.
    if (Buffer.byteLength(value, 'utf8') > DNS1123_SUBDOMAIN_MAX) {
        msgs.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`);
    }
    if (!DNS1123_SUBDOMAIN_RE.test(value)) {
        msgs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'" +
            ", and must start and end with an alphanumeric character (e.g. 'example.com', regex used" +
            ` for validation is '${DNS1123_SUBDOMAIN}')`);
    }
    return msgs.join(',');
}

;// CONCATENATED MODULE: ./src/policy/kube-rules.ts


/**
 * The errors kube-apiserver 1.36 gives a decoded policy, in the order it stops: an unknown
 * apiVersion/kind first, then every field error at once, then an empty rule list. Mirrors
 * k8s.io/apiserver `pkg/audit/policy/reader.go` and `pkg/apis/audit/validation/validation.go`.
 */
function kubeErrors(raw) {
    const gvk = groupVersionError(raw.apiVersion, raw.kind);
    if (gvk !== undefined)
        return [gvk];
    const fieldErrors = [
        ...validateStages(raw.omitStages, 'omitStages'),
        ...raw.rules.flatMap((rule, i) => validateRule(rule, `rules[${i}]`)),
    ];
    // kube aggregates field errors and drops exact repeats.
    if (fieldErrors.length > 0)
        return [...new Set(fieldErrors)];
    return raw.rules.length === 0 ? ['loaded illegal policy with 0 rules'] : [];
}
/**
 * kube's decoder fills a missing kind, or a missing apiVersion, from the internal type it decodes
 * into, so a file without them is refused as `audit.k8s.io/__internal` rather than as "missing".
 */
function groupVersionError(apiVersion, kindField) {
    let [group, version] = splitApiVersion(apiVersion);
    const kind = kindField || 'Policy';
    if (group === '' && version === '')
        [group, version] = ['audit.k8s.io', '__internal'];
    if (version === '' && group === 'audit.k8s.io')
        version = '__internal';
    // Go prints a GroupVersionKind as `group/version, Kind=kind`, slash included for the core group.
    const gv = `${group}/${version}`;
    if (gv === POLICY_API_VERSION && kind !== 'Policy') {
        return `failed decoding: no kind "${kind}" is registered for version "${gv}"`;
    }
    if (gv !== POLICY_API_VERSION)
        return `unknown group version field ${gv}, Kind=${kind} in policy`;
    return undefined;
}
/** Go's `schema.ParseGroupVersion`, where an unparsable value counts as absent. */
function splitApiVersion(apiVersion) {
    const parts = apiVersion.split('/');
    if (parts.length === 1)
        return ['', apiVersion];
    if (parts.length === 2)
        return [parts[0] ?? '', parts[1] ?? ''];
    return ['', ''];
}
function validateRule(rule, path) {
    const errors = [
        ...validateLevel(rule.level, `${path}.level`),
        ...validateUrls(rule.nonResourceURLs, `${path}.nonResourceURLs`),
        ...rule.resources.flatMap((gr) => validateGroupResources(gr, `${path}.resources`)),
        ...validateStages(rule.omitStages, `${path}.omitStages`),
    ];
    if (rule.nonResourceURLs.length > 0 &&
        (rule.resources.length > 0 || rule.namespaces.length > 0)) {
        errors.push(invalid(`${path}.nonResourceURLs`, rule.nonResourceURLs, 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return errors;
}
function validateLevel(level, path) {
    if (level === '')
        return [required(path)];
    return AUDIT_LEVELS.includes(level)
        ? []
        : [notSupported(path, level, AUDIT_LEVELS)];
}
function validateUrls(urls, path) {
    return urls.flatMap((url, i) => {
        if (url === '*')
            return [];
        const errors = [];
        if (!url.startsWith('/')) {
            errors.push(invalid(`${path}[${i}]`, url, "non-resource URL rules must begin with a '/' character"));
        }
        if (url.slice(0, -1).includes('*')) {
            const detail = "non-resource URL wildcards '*' must be the final character of the rule";
            errors.push(invalid(`${path}[${i}]`, url, detail));
        }
        return errors;
    });
}
// kube names these paths without the list index (`rules[0].resources.group`); we keep its text.
function validateGroupResources(gr, path) {
    const errors = [];
    const problems = gr.group === '' ? '' : dnsSubdomainProblems(gr.group);
    if (problems)
        errors.push(invalid(`${path}.group`, gr.group, problems));
    if (gr.resourceNames.length > 0 && gr.resources.length === 0) {
        const detail = 'using resourceNames requires at least one resource';
        errors.push(invalid(`${path}.resourceNames`, gr.resourceNames, detail));
    }
    return errors;
}
function validateStages(stages, path) {
    const allowed = `allowed stages are ${STAGES.join(',')}`;
    return stages.flatMap((stage, i) => STAGES.includes(stage) ? [] : [invalid(`${path}[${i}]`, stage, allowed)]);
}

;// CONCATENATED MODULE: ./src/policy/lint.ts
/** Verbs kube-apiserver gives resource requests (`proxy` comes from the legacy `/proxy/` paths). */
const RESOURCE_VERBS = [
    'get',
    'list',
    'watch',
    'create',
    'update',
    'patch',
    'delete',
    'deletecollection',
    'proxy',
];
/** Non-resource requests (e.g. `/healthz`) carry the lower-cased HTTP method as their verb. */
const URL_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
/**
 * Verbs that exist only as RBAC authorization checks. The audit policy is evaluated against the
 * request's own verb, so a rule naming these never matches anything.
 */
const AUTHORIZATION_ONLY_VERBS = ['impersonate', 'bind', 'escalate', 'approve', 'sign', 'use'];
/**
 * Warnings about rules kube-apiserver accepts but that cannot do what they say: verbs no request
 * has, `*` in lists that are compared exactly, and rules after a rule that matches everything.
 * `lines` maps field paths (`rules[1].verbs`) to lines in the checked text.
 */
function lintPolicy(policy, lines) {
    const warnings = [];
    const warn = (path, message) => {
        const line = lines.get(path) ?? lines.get(path.replace(/\[\d+\]$/, ''));
        warnings.push({ message: `${path}: ${message}`, path, ...(line ? { line } : {}) });
    };
    let catchAll;
    policy.rules.forEach((rule, i) => {
        const path = `rules[${i}]`;
        if (catchAll !== undefined) {
            warn(path, `never used: rules[${catchAll}] before it matches every request`);
        }
        else if (matchesEverything(rule)) {
            catchAll = i;
        }
        const verbs = allowedVerbs(rule);
        (rule.verbs ?? []).forEach((verb, j) => {
            const problem = verbProblem(verb, verbs);
            if (problem)
                warn(`${path}.verbs[${j}]`, problem);
        });
        for (const key of ['users', 'userGroups', 'namespaces']) {
            (rule[key] ?? []).forEach((value, j) => {
                if (value.includes('*'))
                    warn(`${path}.${key}[${j}]`, starNeverMatches(value, key));
            });
        }
        (rule.resources ?? []).forEach((gr, j) => {
            (gr.resources ?? []).forEach((res, k) => {
                if (!isResourcePattern(res)) {
                    const detail = 'only "*", "*/sub" and "res/*" are wildcards';
                    warn(`${path}.resources[${j}].resources[${k}]`, `"${res}" never matches: ${detail}`);
                }
            });
        });
    });
    return warnings;
}
/** A rule with none of the selecting lists set applies to every request. */
function matchesEverything(rule) {
    const lists = [rule.users, rule.userGroups, rule.verbs, rule.resources, rule.namespaces];
    return [...lists, rule.nonResourceURLs].every((list) => (list ?? []).length === 0);
}
function allowedVerbs(rule) {
    if ((rule.nonResourceURLs ?? []).length > 0)
        return URL_VERBS;
    if ((rule.resources ?? []).length > 0 || (rule.namespaces ?? []).length > 0) {
        return RESOURCE_VERBS;
    }
    return [...RESOURCE_VERBS, ...URL_VERBS];
}
function verbProblem(verb, allowed) {
    if (allowed.includes(verb))
        return undefined;
    if (verb === '*')
        return starNeverMatches(verb, 'verbs');
    if (allowed.includes(verb.toLowerCase())) {
        return `"${verb}" never matches: request verbs are lower-case ("${verb.toLowerCase()}")`;
    }
    if (AUTHORIZATION_ONLY_VERBS.includes(verb)) {
        return `"${verb}" never matches: it is an RBAC check, not the verb of a request`;
    }
    return `"${verb}" never matches: it is not a verb kube-apiserver gives these requests (${allowed.join(', ')})`;
}
function starNeverMatches(value, key) {
    return `"${value}" never matches: audit rules compare ${key} exactly; leave ${key} out to match all`;
}
function isResourcePattern(res) {
    if (!res.includes('*'))
        return true;
    return res === '*' || /^\*\/[^*]+$/.test(res) || /^[^*/]+\/\*$/.test(res);
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts

/**
 * The audit level kube-apiserver gives `request` under `policy`: the first matching rule wins,
 * no match means None. Same semantics as k8s.io/apiserver `pkg/audit/policy/checker.go`.
 */
function evaluate(policy, request) {
    const index = policy.rules.findIndex((rule) => ruleMatches(rule, request));
    const rule = policy.rules[index];
    const stages = new Set([...(policy.omitStages ?? []), ...(rule?.omitStages ?? [])]);
    return {
        level: rule?.level ?? 'None',
        ruleIndex: rule ? index : null,
        omitStages: STAGES.filter((s) => stages.has(s)),
    };
}
/** Whether `rule` applies to `request`; every list that is set must match. */
function ruleMatches(rule, request) {
    if (isSet(rule.users) && (request.user === undefined || !rule.users.includes(request.user))) {
        return false;
    }
    if (isSet(rule.userGroups) && !(request.groups ?? []).some((g) => rule.userGroups?.includes(g))) {
        return false;
    }
    if (isSet(rule.verbs) && !rule.verbs.includes(request.verb))
        return false;
    // Namespaces or resources make a rule about resources only, even with nonResourceURLs unset.
    if (isSet(rule.namespaces) || isSet(rule.resources))
        return matchesResource(rule, request);
    if (isSet(rule.nonResourceURLs))
        return matchesUrl(rule.nonResourceURLs, request);
    return true;
}
function matchesResource(rule, request) {
    if (request.resource === undefined)
        return false;
    if (isSet(rule.namespaces) && !rule.namespaces.includes(request.namespace ?? ''))
        return false;
    if (!isSet(rule.resources))
        return true;
    const resource = request.resource;
    const sub = request.subresource ?? '';
    const name = request.name ?? '';
    return rule.resources.some((gr) => {
        if ((gr.group ?? '') !== (request.apiGroup ?? ''))
            return false;
        if (!isSet(gr.resources))
            return true;
        if (isSet(gr.resourceNames) && !gr.resourceNames.includes(name))
            return false;
        return gr.resources.some((spec) => resourceSpecMatches(spec, resource, sub));
    });
}
/**
 * Whether one entry of a rule's `resources` list (`pods`, `pods/log`, `*`, `pods/*`, or a star,
 * a slash and a subresource) covers `resource` with subresource `sub` (`""` for none).
 */
function resourceSpecMatches(spec, resource, sub) {
    return (spec === '*' ||
        spec === (sub ? `${resource}/${sub}` : resource) ||
        // `*/status`: that subresource of any resource.
        (sub !== '' && spec === `*/${sub}`) ||
        // `pods/*`: the resource itself and all of its subresources.
        spec === `${resource}/*`);
}
function matchesUrl(specs, request) {
    if (request.resource !== undefined)
        return false;
    const path = request.path ?? '';
    return specs.some((spec) => spec === '*' || spec === path || (spec.endsWith('*') && path.startsWith(trimStars(spec))));
}
/** Go's `strings.TrimRight(spec, "*")`: every trailing star goes. */
function trimStars(spec) {
    return spec.replace(/\*+$/, '');
}
/** Whether a rule's list is given: an empty or absent list matches everything. */
function isSet(list) {
    return list !== undefined && list.length > 0;
}

;// CONCATENATED MODULE: ./src/policy/first-match.ts

// The selectors a rule can still set once the resource is fixed, in ProbeKey order.
const DIMENSIONS = 5;
/**
 * Finds the first rule of a policy that matches a request to one resource, without trying every
 * rule: a tuple-space index, as packet classifiers use. Rules are grouped by which selectors they
 * set, and within a group listed under every value they accept, so a lookup reads one short list
 * per group instead of the whole policy. Candidates are confirmed with {@link ruleMatches}, so the
 * answer is exactly that of kube's first-match evaluation.
 */
class FirstMatchIndex {
    rules;
    shapes = new Map();
    mentioned = Array.from({ length: DIMENSIONS }, () => new Set());
    first = Infinity;
    /**
     * @param rules the policy's rules; indexes returned are positions in this list.
     * @param include which rules to index; the others are treated as absent.
     */
    constructor(rules, target, include = () => true) {
        this.rules = rules;
        rules.forEach((rule, index) => {
            if (!include(rule))
                return;
            const names = namesThrough(rule, target);
            if (names === null)
                return;
            this.add(index, [rule.verbs, rule.users, rule.userGroups, rule.namespaces, names]);
        });
    }
    /** Whether no rule is indexed: then no request matches. */
    get empty() {
        return this.shapes.size === 0;
    }
    /** The position of the first indexed rule; Infinity when none is. */
    get lowest() {
        return this.first;
    }
    /**
     * Whether some indexed rule names `value` in the `dimension`-th selector of {@link ProbeKey}
     * (0 verb, 1 user, 2 group, 3 namespace, 4 name). Two values no rule names are told apart by
     * no rule, so probes that differ only in them get the same answer.
     */
    mentions(dimension, value) {
        return this.mentioned[dimension]?.has(value) ?? false;
    }
    /**
     * The index of the first indexed rule, below `below`, that matches `request` (whose varying
     * parts are `key`); `undefined` when there is none.
     */
    firstMatch(request, key, below = Infinity) {
        const values = [key.verb, key.user, key.group, key.namespace, key.name];
        let best = below;
        for (const shape of this.shapes.values()) {
            const candidates = this.candidates(shape, values);
            for (const index of candidates) {
                if (index >= best)
                    break;
                if (ruleMatches(this.rules[index], request)) {
                    best = index;
                    break;
                }
            }
        }
        return best < below ? best : undefined;
    }
    /** The shortest list of the shape's rules that can accept `values`. */
    candidates(shape, values) {
        if (shape.mask === 0)
            return shape.all;
        let shortest;
        for (let d = 0; d < DIMENSIONS; d++) {
            if ((shape.mask & (1 << d)) === 0)
                continue;
            const value = values[d];
            // A request without a group never satisfies a rule that names groups.
            const list = value === undefined ? undefined : shape.byValue[d]?.get(value);
            if (list === undefined)
                return [];
            if (shortest === undefined || list.length < shortest.length)
                shortest = list;
        }
        return shortest ?? [];
    }
    add(index, lists) {
        let mask = 0;
        lists.forEach((list, d) => {
            if (list !== undefined && list.length > 0)
                mask |= 1 << d;
        });
        let shape = this.shapes.get(mask);
        if (shape === undefined) {
            const byValue = Array.from({ length: DIMENSIONS }, () => new Map());
            shape = { mask, all: [], byValue };
            this.shapes.set(mask, shape);
        }
        shape.all.push(index);
        this.first = Math.min(this.first, index);
        lists.forEach((list, d) => {
            if (list === undefined || list.length === 0)
                return;
            const byValue = shape.byValue[d];
            const mentioned = this.mentioned[d];
            for (const value of new Set(list)) {
                mentioned.add(value);
                const rules = byValue.get(value);
                if (rules === undefined)
                    byValue.set(value, [index]);
                else
                    rules.push(index);
            }
        });
    }
}
/**
 * The object names through which `rule` can match a request to `target`: `undefined` for any
 * name, `null` when the rule never matches a request to the target (other resources, or URLs only).
 */
function namesThrough(rule, target) {
    const { resource, subresource = '', apiGroup } = target;
    if (!isSet(rule.resources)) {
        // A rule without resources matches resource requests unless only URLs make it up.
        return !isSet(rule.namespaces) && isSet(rule.nonResourceURLs) ? null : undefined;
    }
    const covering = rule.resources.filter((gr) => (gr.group ?? '') === apiGroup &&
        (!isSet(gr.resources) ||
            gr.resources.some((spec) => resourceSpecMatches(spec, resource, subresource))));
    if (covering.length === 0)
        return null;
    if (covering.some((gr) => !isSet(gr.resources) || !isSet(gr.resourceNames)))
        return undefined;
    return covering.flatMap((gr) => gr.resourceNames ?? []);
}

;// CONCATENATED MODULE: ./src/policy/probe-identities.ts
/** The user (and object name) a probe uses where the rule does not name one. */
const PROBE_NAME = 'kind-audit:probe';
/** How many values of each of a rule's lists are tried. */
const MAX_CHOICES = 8;
/** How many identities a rule's lists may combine into; bounded so a rule with long lists stays fast. */
const MAX_IDENTITIES = 256;
/**
 * The identities that probe requests shaped after `rule` use (or, for no rule, a request with no
 * selectors): every combination of its users, groups, namespaces and names, first values first,
 * counting at most {@link MAX_IDENTITIES} combinations. Values that `index` cannot tell apart are
 * tried once: the probes would get the same answer. Each identity's `key` identifies it up to
 * that equivalence.
 */
function probeIdentities(target, rule, index) {
    const users = choices(rule?.users, PROBE_NAME);
    const groups = choices(rule?.userGroups, undefined);
    const namespaces = target.namespaced ? choices(rule?.namespaces, 'default') : [''];
    const names = choices(rule?.resources
        ?.filter((gr) => (gr.group ?? '') === target.apiGroup)
        .flatMap((gr) => gr.resourceNames ?? []), PROBE_NAME);
    const u = distinct(users, 1, index);
    const g = distinct(groups, 2, index);
    const n = distinct(namespaces, 3, index);
    const m = distinct(names, 4, index);
    // Where a combination stands among all of them (users outermost), which decides the cap.
    const strideN = names.length;
    const strideG = namespaces.length * strideN;
    const strideU = groups.length * strideG;
    const out = [];
    for (const user of u) {
        const atU = user.position * strideU;
        if (atU >= MAX_IDENTITIES)
            break;
        for (const group of g) {
            const atG = atU + group.position * strideG;
            if (atG >= MAX_IDENTITIES)
                break;
            for (const namespace of n) {
                const atN = atG + namespace.position * strideN;
                if (atN >= MAX_IDENTITIES)
                    break;
                for (const name of m) {
                    if (atN + name.position >= MAX_IDENTITIES)
                        break;
                    out.push({
                        identity: {
                            user: user.value,
                            group: group.value,
                            namespace: namespace.value,
                            name: name.value,
                        },
                        key: `${user.token}\0${group.token}\0${namespace.token}\0${name.token}`,
                    });
                }
            }
        }
    }
    return out;
}
function choices(values, fallback) {
    return values && values.length > 0 ? values.slice(0, MAX_CHOICES) : [fallback];
}
/** The first value of each kind the index tells apart, in list order. */
function distinct(values, dimension, index) {
    const seen = new Set();
    const out = [];
    values.forEach((value, position) => {
        const token = value === undefined ? '-' : index.mentions(dimension, value) ? `=${value}` : '~';
        if (seen.has(token))
            return;
        seen.add(token);
        out.push({ value, token, position });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/policy/secrets.ts




// Artifacts are readable by everyone with read access to the repository, so these must stay at
// Metadata: the same set the kube-up (GCE) policy keeps out of bodies.
const SENSITIVE = [
    {
        label: 'secrets',
        what: 'Secret data',
        resource: 'secrets',
        apiGroup: '',
        namespaced: true,
        verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
    },
    {
        label: 'serviceaccounts/token',
        what: 'service account tokens',
        resource: 'serviceaccounts',
        subresource: 'token',
        apiGroup: '',
        namespaced: true,
        verbs: ['create'],
    },
    {
        label: 'tokenreviews (authentication.k8s.io)',
        what: 'bearer tokens',
        resource: 'tokenreviews',
        apiGroup: 'authentication.k8s.io',
        namespaced: false,
        verbs: ['create'],
    },
];
/**
 * Warns when some request to Secrets, TokenReviews or ServiceAccount tokens would be recorded at
 * Request or RequestResponse, naming the resource and the rule that does it. Each rule is probed
 * with the users, groups, namespaces and names it selects, so a rule for one user is caught too;
 * every warning comes from a concrete request and the first rule that matches it.
 *
 * Time grows with the policy's size, not its square: the first match is looked up in a
 * {@link FirstMatchIndex}, probes no rule tells apart are tried once, and a rule's own probes are
 * skipped when it decides them itself before any rule that records bodies.
 */
function secretWarnings(policy, lines) {
    const found = new Map();
    for (const target of SENSITIVE) {
        const recording = new FirstMatchIndex(policy.rules, target, recordsBodies);
        if (recording.empty)
            continue;
        const any = new FirstMatchIndex(policy.rules, target);
        const tried = new Set();
        // The probes with no selectors first, then those shaped after each rule, in policy order.
        [undefined, ...policy.rules].forEach((rule, position) => {
            const ruleIndex = position - 1;
            let identities;
            for (const verb of target.verbs) {
                if (rule && ruleIndex < recording.lowest && decidesOwnProbes(rule, target, verb))
                    continue;
                identities ??= probeIdentities(target, rule, any);
                for (const { identity, key } of identities) {
                    const probe = `${verb}\0${key}`;
                    if (tried.has(probe))
                        continue;
                    tried.add(probe);
                    const request = probeRequest(target, verb, identity);
                    const probeKey = { verb, ...identity };
                    const first = recording.firstMatch(request, probeKey);
                    // No rule that records bodies matches, or an earlier rule (which does not) decides.
                    if (first === undefined || any.firstMatch(request, probeKey, first) !== undefined) {
                        continue;
                    }
                    const entry = found.get(`${first} ${target.label}`) ?? {
                        rule: first,
                        target,
                        level: policy.rules[first].level,
                        verbs: new Set(),
                    };
                    entry.verbs.add(verb);
                    found.set(`${first} ${target.label}`, entry);
                }
            }
        });
    }
    return [...found.values()]
        .sort((a, b) => a.rule - b.rule)
        .map(({ rule, target, level, verbs }) => {
        const path = `rules[${rule}]`;
        const line = lines.get(path);
        const message = `${path}: logs ${target.label} at ${level} (${[...verbs].join(', ')}), so ${target.what} ` +
            'would be written to the audit log; add a Metadata rule for them before it';
        return { message, path, ...(line ? { line } : {}) };
    });
}
function recordsBodies(rule) {
    return rule.level === 'Request' || rule.level === 'RequestResponse';
}
/**
 * Whether `rule` matches every probe shaped after it for `verb`. Its probes take their users,
 * groups and namespaces from its own lists (or match a list it leaves empty), so what remains to
 * know is whether it covers the verb, the resource, the probes' names and, for a cluster-scoped
 * resource, the empty namespace.
 */
function decidesOwnProbes(rule, target, verb) {
    if (isSet(rule.verbs) && !rule.verbs.includes(verb))
        return false;
    if (!target.namespaced && isSet(rule.namespaces) && !rule.namespaces.includes(''))
        return false;
    const names = namesThrough(rule, target);
    if (names === null)
        return false;
    if (names === undefined)
        return true;
    const probed = (rule.resources ?? [])
        .filter((gr) => (gr.group ?? '') === target.apiGroup)
        .flatMap((gr) => gr.resourceNames ?? []);
    const accepted = new Set(names);
    // A rule that names objects is probed with those names (never with the placeholder).
    return probed.length > 0 && probed.every((name) => accepted.has(name));
}
function probeRequest(target, verb, identity) {
    const { user, group, namespace, name } = identity;
    return {
        verb,
        user,
        groups: group === undefined ? [] : [group],
        resource: target.resource,
        apiGroup: target.apiGroup,
        namespace,
        name,
        ...(target.subresource ? { subresource: target.subresource } : {}),
    };
}

;// CONCATENATED MODULE: ./src/policy/validate.ts





/**
 * Checks audit policy text (YAML or JSON) the way kube-apiserver 1.36 loads it: `valid` says
 * whether the server would start, `errors` carry kube's own messages (every field error at once),
 * and `warnings` flag what kube accepts silently but probably is a mistake — dropped unknown or
 * mis-indented fields, duplicate keys, verbs no request has, unreachable rules, and rules that
 * would write Secret or token bodies into the log.
 */
function checkPolicy(text) {
    const decoded = decodePolicy(text);
    const warnings = [...decoded.warnings];
    if (decoded.raw === undefined)
        return { valid: false, errors: decoded.errors, warnings };
    warnings.push(...versionHints(decoded.raw, decoded));
    const errors = kubeErrors(decoded.raw);
    if (errors.length > 0)
        return { valid: false, errors, warnings };
    const policy = toPolicy(decoded.raw);
    warnings.push(...lintPolicy(policy, decoded.lines), ...secretWarnings(policy, decoded.lines));
    return { valid: true, errors: [], warnings, policy };
}
/**
 * Whether kube-apiserver would load `text`, and the policy it would load, without looking for
 * mistakes to warn about. For text derived from a policy whose warnings were already reported
 * (the user's policy with policy-level options laid over it), where a second full check would only
 * repeat them.
 */
function policyVerdict(text) {
    const decoded = decodePolicy(text);
    if (decoded.raw === undefined)
        return { valid: false, errors: decoded.errors };
    const errors = kubeErrors(decoded.raw);
    if (errors.length > 0)
        return { valid: false, errors };
    return { valid: true, errors: [], policy: toPolicy(decoded.raw) };
}
function versionHints(raw, decoded) {
    const at = (path) => {
        const line = decoded.lines.get(path);
        return { path, ...(line ? { line } : {}) };
    };
    if (/^audit\.k8s\.io\/v1(alpha|beta)\d+$/.test(raw.apiVersion)) {
        const message = `apiVersion: ${raw.apiVersion} was removed in Kubernetes 1.24; use ${POLICY_API_VERSION}`;
        return [{ message, ...at('apiVersion') }];
    }
    if (raw.apiVersion === POLICY_API_VERSION && raw.kind === '') {
        return [{ message: 'kind is missing; kube-apiserver assumes Policy', ...at('apiVersion') }];
    }
    return [];
}
/** The typed policy; only called after kube's checks passed, so levels and stages are known. */
function toPolicy(raw) {
    const policy = {
        apiVersion: POLICY_API_VERSION,
        kind: 'Policy',
        rules: raw.rules.map((rule) => {
            if (!isAuditLevel(rule.level))
                throw new Error(`unchecked level ${rule.level}`);
            const out = { level: rule.level };
            setList(out, 'users', rule.users);
            setList(out, 'userGroups', rule.userGroups);
            setList(out, 'verbs', rule.verbs);
            setList(out, 'namespaces', rule.namespaces);
            setList(out, 'nonResourceURLs', rule.nonResourceURLs);
            if (rule.resources.length > 0) {
                out.resources = rule.resources.map((gr) => {
                    const g = { group: gr.group };
                    setList(g, 'resources', gr.resources);
                    setList(g, 'resourceNames', gr.resourceNames);
                    return g;
                });
            }
            if (rule.omitStages.length > 0)
                out.omitStages = stages(rule.omitStages);
            if (rule.omitManagedFields !== undefined)
                out.omitManagedFields = rule.omitManagedFields;
            return out;
        }),
    };
    if (raw.omitStages.length > 0)
        policy.omitStages = stages(raw.omitStages);
    if (raw.omitManagedFields !== undefined)
        policy.omitManagedFields = raw.omitManagedFields;
    return policy;
}
function stages(values) {
    return values.filter(isStage);
}
function setList(target, key, values) {
    if (values.length > 0)
        target[key] = values;
}

;// CONCATENATED MODULE: ./src/policy/options.ts

/**
 * Returns `text` with the given options set at policy level. The text is edited in place rather
 * than re-serialised, so comments, quoting and layout survive; with no options it is returned
 * unchanged. JSON in gives JSON out. Rule-level settings are left alone.
 */
function applyPolicyOptions(text, opts) {
    if (opts.omitStages === undefined && opts.omitManagedFields === undefined)
        return text;
    const json = parseJsonObject(text);
    if (json !== undefined)
        return applyToJson(json, opts);
    let out = text;
    // Each new key goes right after `kind`, so set them in reverse of the order they should read.
    if (opts.omitManagedFields !== undefined) {
        out = setTopLevel(out, 'omitManagedFields', String(opts.omitManagedFields));
    }
    if (opts.omitStages !== undefined) {
        const value = opts.omitStages.length > 0 ? `[${opts.omitStages.join(', ')}]` : undefined;
        out = setTopLevel(out, 'omitStages', value);
    }
    return out;
}
/**
 * Sets (or, with `value` undefined, removes) a top-level key of a block-mapping YAML document by
 * splicing text: an existing `key: …` is replaced through the end of its value, a new one goes on
 * the line after `kind:`, or first when there is no `kind`.
 */
function setTopLevel(text, key, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: true, uniqueKeys: false });
    const map = doc.contents;
    if (!(0,dist/* isMap */.jh)(map) || doc.errors.length > 0) {
        throw new Error('cannot set policy options: the policy is not a YAML mapping');
    }
    const pairs = map.items;
    const existing = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    const line = value === undefined ? '' : `${key}: ${value}`;
    if (existing && (0,dist/* isScalar */.jn)(existing.key) && existing.key.range) {
        const start = existing.key.range[0];
        const valueEnd = existing.value?.range?.[1];
        let end = valueEnd ?? existing.key.range[1];
        // A block value's range runs through its final newline; keep that newline.
        while (end > start && /\s/.test(text.charAt(end - 1)))
            end--;
        if (line)
            return text.slice(0, start) + line + text.slice(end);
        // Removing: take the whole line(s) the pair occupied, newline included.
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const next = text.indexOf('\n', end);
        return text.slice(0, lineStart) + (next === -1 ? '' : text.slice(next + 1));
    }
    if (!line)
        return text;
    const kind = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'kind');
    const first = pairs[0];
    const anchor = kind ?? first;
    const keyRange = anchor && (0,dist/* isScalar */.jn)(anchor.key) ? anchor.key.range : undefined;
    if (!keyRange)
        return `${line}\n${text}`;
    const indent = text.slice(text.lastIndexOf('\n', keyRange[0] - 1) + 1, keyRange[0]);
    if (kind) {
        const kindEnd = kind.value?.range?.[1];
        const eol = text.indexOf('\n', kindEnd ?? keyRange[1]);
        if (eol === -1)
            return `${text}\n${indent}${line}\n`;
        return `${text.slice(0, eol + 1)}${indent}${line}\n${text.slice(eol + 1)}`;
    }
    const lineStart = keyRange[0] - indent.length;
    return `${text.slice(0, lineStart)}${indent}${line}\n${text.slice(lineStart)}`;
}
function parseJsonObject(text) {
    if (!text.trimStart().startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function applyToJson(policy, opts) {
    const out = { ...policy };
    if (opts.omitStages !== undefined) {
        if (opts.omitStages.length > 0)
            out.omitStages = opts.omitStages;
        else
            delete out.omitStages;
    }
    if (opts.omitManagedFields !== undefined)
        out.omitManagedFields = opts.omitManagedFields;
    return `${JSON.stringify(out, null, 2)}\n`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/policy/read-file.ts


/**
 * The most a policy may hold: kube-apiserver reads the file whole into memory, and no real policy
 * comes near it (kube-up's, with every comment, is under 10 KiB).
 */
const POLICY_SIZE_LIMIT = 1024 * 1024;
/** The limit as people read it, with the exact byte count for the careful. */
const POLICY_SIZE_LIMIT_TEXT = `1 MiB (${POLICY_SIZE_LIMIT} bytes)`;
/** Why a policy file cannot be read; `detail` completes a sentence that starts with the path. */
class PolicyFileError extends Error {
    file;
    detail;
    missing;
    constructor(file, 
    /** e.g. "is a directory", "holds 2000000 bytes". */
    detail, 
    /** Set when the file does not exist, so a message can say where it was looked for. */
    missing = false, options) {
        super(`${file} ${detail}`, options);
        this.file = file;
        this.detail = detail;
        this.missing = missing;
        this.name = 'PolicyFileError';
    }
}
/**
 * Reads a policy file without trusting it: it must be a regular file of at most `limit` bytes.
 * The file is opened first and then examined through the open descriptor, so a path swapped in
 * between cannot slip past; O_NONBLOCK keeps the open of a FIFO from waiting for a writer, and
 * no more than `limit + 1` bytes are ever read, so `/dev/zero` or a growing file cannot fill memory.
 */
async function readPolicyFile(file, limit = POLICY_SIZE_LIMIT) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        throw openError(file, error);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new PolicyFileError(file, `is ${notRegular(stats)}`);
        if (stats.size > limit)
            throw new PolicyFileError(file, `holds ${stats.size} bytes`);
        // Room for one byte more than allowed tells a file that grew past the limit after the stat.
        const buffer = Buffer.allocUnsafe(limit + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > limit)
            throw new PolicyFileError(file, `holds more than ${limit} bytes`);
        return buffer.toString('utf8', 0, filled);
    }
    finally {
        await handle.close();
    }
}
function openError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new PolicyFileError(file, 'does not exist', true, { cause: error });
    if (code === 'EACCES') {
        return new PolicyFileError(file, 'cannot be read: permission denied', false, { cause: error });
    }
    return new PolicyFileError(file, `cannot be opened: ${String(error)}`, false, { cause: error });
}
function notRegular(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}

;// CONCATENATED MODULE: ./src/policy/load.ts






/** A policy kube-apiserver would refuse: it would crash-loop, and kind would hang for minutes. */
class PolicyError extends Error {
    origin;
    errors;
    constructor(origin, errors) {
        super(`The audit policy from ${origin} would be rejected by kube-apiserver:\n${errors.map((e) => `  ${e}`).join('\n')}`);
        this.origin = origin;
        this.errors = errors;
        this.name = 'PolicyError';
    }
}
/**
 * Reads the text a source names. A file is read only when it is a regular file of at most 1 MiB,
 * and an inline policy may not be larger; both are refused with an {@link InputError} otherwise.
 */
async function readPolicySource(source, workspace) {
    switch (source.kind) {
        case 'inline':
            return {
                text: checkedInline(source.text, source.input),
                origin: `the '${source.input}' input`,
            };
        case 'preset':
            return { text: presetPolicy(source.name), origin: `the '${source.name}' preset` };
        case 'level':
            return { text: levelPolicy(source.level), origin: `policy level ${source.level}` };
        case 'file': {
            const file = external_node_path_default().resolve(workspace, source.path);
            return {
                text: await readFileInput(source.input, source.path, file),
                origin: file,
                file: source.path,
            };
        }
    }
}
/**
 * Reads the policy, checks it as written (its warnings), lays the options over it and makes sure
 * kube-apiserver will load the result. Throws {@link PolicyError} when it would not, and
 * {@link InputError} for a policy file or inline policy that cannot be used at all.
 */
async function loadPolicy(source, options, workspace) {
    const { text, origin, file } = await readPolicySource(source, workspace);
    const asWritten = checkPolicy(text);
    if (!asWritten.valid || asWritten.policy === undefined) {
        throw new PolicyError(origin, asWritten.errors);
    }
    const where = file === undefined ? {} : { file };
    const final = applyPolicyOptions(text, options);
    if (final === text) {
        return { text, origin, ...where, policy: asWritten.policy, warnings: asWritten.warnings };
    }
    // Options only touch policy-level fields, so the warnings of the text as written still hold;
    // what remains to know is whether kube loads the edited text, and what it loads.
    const verdict = policyVerdict(final);
    if (!verdict.valid || verdict.policy === undefined) {
        throw new PolicyError(`${origin} with omit-stages/omit-managed-fields applied`, verdict.errors);
    }
    return { text: final, origin, ...where, policy: verdict.policy, warnings: asWritten.warnings };
}
function checkedInline(text, input) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= POLICY_SIZE_LIMIT)
        return text;
    throw new input_error_InputError(input, load_abbreviate(text), `it holds ${bytes} bytes; an audit policy may hold at most ${POLICY_SIZE_LIMIT_TEXT}, as kube-apiserver reads it whole`);
}
async function readFileInput(input, written, file) {
    try {
        return await readPolicyFile(file);
    }
    catch (error) {
        if (!(error instanceof PolicyFileError))
            throw error;
        const allowed = error.missing
            ? `no such file (looked for ${file}; relative paths start at the workspace)`
            : `${error.message}; the policy file must be a regular file of at most ${POLICY_SIZE_LIMIT_TEXT}`;
        throw new input_error_InputError(input, written, allowed);
    }
}
/** The start of a long value: an inline policy of a megabyte does not belong in a message. */
function load_abbreviate(value) {
    const line = value.trimStart().split('\n', 1)[0] ?? '';
    return `${line.slice(0, 40)}…`;
}

;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * Audit policies: build them (levels, presets, policy-level options), check them the way
 * kube-apiserver loads them, and evaluate which level a request would get.
 */








;// CONCATENATED MODULE: ./src/kind/config.ts

/**
 * The ClusterConfiguration patch of the guide: audit flags plus the two volumes. It names no
 * `apiVersion` on purpose — kind ≥ 0.32 then converts it to whichever kubeadm version it renders,
 * while a patch naming v1beta3 is silently dropped on v1beta4 clusters (FACTS §1, kind PR #4173).
 */
function apiServerPatch() {
    return `kind: ClusterConfiguration
apiServer:
  # enable auditing flags on the API server
  extraArgs:
    audit-log-path: ${NODE_PATHS.logFile}
    audit-policy-file: ${NODE_PATHS.policyFile}
  # mount new files / directories on the control plane
  extraVolumes:
    - name: audit-policies
      hostPath: ${NODE_PATHS.policyDir}
      mountPath: ${NODE_PATHS.policyDir}
      readOnly: true
      pathType: DirectoryOrCreate
    - name: audit-logs
      hostPath: ${NODE_PATHS.logDir}
      mountPath: ${NODE_PATHS.logDir}
      readOnly: false
      pathType: DirectoryOrCreate
`;
}
function imageLine(image) {
    return image ? `  image: ${JSON.stringify(image)}\n` : '';
}
function indent(text, spaces) {
    const pad = ' '.repeat(spaces);
    return text
        .trimEnd()
        .split('\n')
        .map((line) => pad + line)
        .join('\n');
}
/**
 * Every control-plane node gets the patch and the policy mount: `extraMounts` are per node, and a
 * second control plane without the policy fails to join (kubernetes/test-infra#36204).
 */
function controlPlaneNode(policyHostPath, image, logHostPath) {
    const logMount = logHostPath
        ? `
  # keep the audit log on the runner, where it outlasts the node
  - hostPath: ${JSON.stringify(logHostPath)}
    containerPath: ${NODE_PATHS.logDir}`
        : '';
    return `- role: control-plane
${imageLine(image)}  kubeadmConfigPatches:
  - |
${indent(apiServerPatch(), 4)}
  # mount the policy file from the runner into the node
  extraMounts:
  - hostPath: ${JSON.stringify(policyHostPath)}
    containerPath: ${NODE_PATHS.policyFile}
    readOnly: true${logMount}`;
}
/** The kind config of the guide, with an absolute policy path; more nodes when asked. */
function renderKindConfig(options) {
    const { policyHostPath, controlPlanes = 1, workers = 0, image, logHostPaths = [] } = options;
    const nodes = [
        ...Array.from({ length: controlPlanes }, (_, i) => controlPlaneNode(policyHostPath, image, logHostPaths[i])),
        ...Array.from({ length: workers }, () => `- role: worker\n${imageLine(image)}`.trimEnd()),
    ];
    return `# Written by kind-audit: kind's auditing guide, with the policy mounted from an absolute path.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
${nodes.join('\n')}
`;
}

;// CONCATENATED MODULE: ./src/layout.ts
/**
 * The artifact's layout (DESIGN.md, "Artifact layout"), and of the runner folder it is built in:
 * the policy and the kind config at the top, a folder per control-plane node with its audit files.
 */
const FILE_NAMES = {
    policy: 'audit-policy.yaml',
    kindConfig: 'kind-config.yaml',
    /** Every node's events, merged by time. */
    merged: 'audit.jsonl',
    summaryJson: 'summary.json',
    summaryMd: 'summary.md',
};

;// CONCATENATED MODULE: ./src/render.ts



/** The audit policy and the kind config for a cluster, as text with their absolute paths. Pure. */
function renderFiles(options) {
    const dir = external_node_path_default().resolve(options.dir);
    const policyPath = external_node_path_default().join(dir, FILE_NAMES.policy);
    return {
        policy: { path: policyPath, text: options.policyText },
        kindConfig: {
            path: external_node_path_default().join(dir, FILE_NAMES.kindConfig),
            text: renderKindConfig({
                policyHostPath: policyPath,
                controlPlanes: options.controlPlanes ?? 1,
                workers: options.workers ?? 0,
                image: options.image,
                ...(options.logHostPaths ? { logHostPaths: options.logHostPaths } : {}),
            }),
        },
    };
}
/** The folder for one cluster's files under a base folder (RUNNER_TEMP in the action). */
function clusterDir(base, clusterName) {
    return path.join(base, 'kind-audit', clusterName);
}

;// CONCATENATED MODULE: ./src/safe-fs.ts



/**
 * `mkdir -p` that always ends. Node's own `mkdir(…, { recursive: true })` never returns for a path
 * under /proc (it retries ENOENT forever), so each missing parent is made once, and a second
 * ENOENT is an error.
 */
async function makeDirs(dir, mode) {
    try {
        await (0,promises_namespaceObject.mkdir)(dir, mode === undefined ? {} : { mode });
        return;
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST') {
            const info = await (0,promises_namespaceObject.lstat)(dir);
            if (info.isDirectory())
                return;
            const what = info.isSymbolicLink() ? 'a link' : 'a file';
            throw new Error(`${dir} is not a folder (${what})`, { cause: error });
        }
        const parent = external_node_path_default().dirname(dir);
        if (code !== 'ENOENT' || parent === dir)
            throw error;
    }
    await makeDirs(external_node_path_default().dirname(dir), mode);
    await (0,promises_namespaceObject.mkdir)(dir, mode === undefined ? {} : { mode });
}
/**
 * Creates a new folder under `parent` named `name`, or `name.2`, `name.3`, … when that exists, and
 * returns its path. mkdir without `recursive` fails on an existing path, so the folder is this
 * caller's alone: two uses of one cluster name in a job never share (or overwrite) files.
 */
async function claimNewDir(parent, name) {
    await makeDirs(parent);
    for (let n = 1;; n++) {
        const dir = path.join(parent, n === 1 ? name : `${name}.${n}`);
        try {
            await mkdir(dir);
            return dir;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/**
 * Makes `dir` (and missing parents) a folder only this user can use: created 0700; an existing one
 * must be a real folder owned by this user, and is narrowed to 0700. A folder another user owns
 * (or a link planted where it should be) could hold links that redirect what is written there.
 */
async function ensurePrivateDir(dir) {
    await makeDirs(dir, 0o700);
    const info = await (0,promises_namespaceObject.lstat)(dir);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) {
        throw new Error(`${dir} belongs to user ${info.uid}, not to you (${uid}): refusing to keep files in a folder another user controls`);
    }
    if ((info.mode & 0o077) !== 0)
        await (0,promises_namespaceObject.chmod)(dir, 0o700);
}
/**
 * Writes `text` to `file`, replacing its content, but never through a link: O_NOFOLLOW makes
 * opening a planted symlink fail instead of writing to whatever it points at.
 */
async function writeFileNoFollow(file, text, mode = 0o644) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, 
        // O_NONBLOCK: a FIFO planted there fails at once (ENXIO) instead of hanging the open.
        external_node_fs_namespaceObject.constants.O_WRONLY |
            external_node_fs_namespaceObject.constants.O_CREAT |
            external_node_fs_namespaceObject.constants.O_TRUNC |
            external_node_fs_namespaceObject.constants.O_NOFOLLOW |
            external_node_fs_namespaceObject.constants.O_NONBLOCK, mode);
    }
    catch (error) {
        if (error.code === 'ELOOP') {
            throw new Error(`${file} is a link: refusing to write through it`, { cause: error });
        }
        throw error;
    }
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file: refusing to write to it`);
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/steps/files.ts


/**
 * Writes the checked policy and the kind config that mounts it into `dir` (a folder this use
 * owns), never through a link.
 */
async function writeClusterFiles(log, dir, policyText, settings, mounts = {}) {
    const files = renderFiles({
        policyText,
        dir,
        image: settings.nodeImage,
        controlPlanes: settings.controlPlanes,
        workers: settings.workers,
        ...mounts,
    });
    await writeFileNoFollow(files.policy.path, files.policy.text);
    await writeFileNoFollow(files.kindConfig.path, files.kindConfig.text);
    log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);
    return files;
}

;// CONCATENATED MODULE: ./src/steps/policy.ts

// Callers of the step catch what it throws.

/**
 * Loads and checks the policy (see {@link loadPolicy}) and shows its warnings as annotations on
 * the policy file's lines. Errors throw before anything is created.
 */
async function preparePolicy(source, options, workspace, log) {
    const loaded = await loadPolicy(source, options, workspace);
    for (const warning of loaded.warnings) {
        log.warning(warning.message, {
            title: 'kind-audit: audit policy',
            ...(loaded.file ? { file: loaded.file } : {}),
            ...(warning.line ? { line: warning.line } : {}),
        });
    }
    return loaded;
}

;// CONCATENATED MODULE: ./src/logs/select.ts

const WHAT = {
    hardlink: 'a hard link',
    symlink: 'a symbolic link',
    'char-device': 'a character device',
    'block-device': 'a block device',
    directory: 'a folder',
    fifo: 'a FIFO',
    other: 'an entry of an unusual tar type',
};
/** Longest link target quoted in a message: a crafted one must not flood the log. */
const TARGET_MAX = 200;
/**
 * Text from a node, made safe to print: quoted, control characters escaped (no line breaks that
 * could fake a log line or a workflow command), and cut to a readable length.
 */
function quoted(value, max = TARGET_MAX) {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => {
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/**
 * The path in the node of an archive member: members are named `<folder>/…` after the last path
 * element of `logDir`. Other names are returned as they are.
 */
function nodePath(memberName, logDir) {
    const folder = external_node_path_default().posix.basename(logDir);
    return memberName === folder || memberName.startsWith(`${folder}/`)
        ? external_node_path_default().posix.join(external_node_path_default().posix.dirname(logDir), memberName)
        : memberName;
}
/** How a refused entry is described: its kind, and for a link where it points. */
function select_describe(entry, logDir) {
    if (entry.type === 'file')
        return 'a regular file';
    const what = entry.type === 'other' ? `${WHAT.other} (${quoted(entry.flag)})` : WHAT[entry.type];
    if (entry.type === 'symlink')
        return `${what} to ${quoted(entry.linkName)}`;
    // A hard link names another member of the archive.
    if (entry.type === 'hardlink')
        return `${what} to ${quoted(nodePath(entry.linkName, logDir))}`;
    return what;
}
/**
 * Decides what happens to a member of the archive `docker cp <node>:<logDir> -` writes, whose
 * members are named `<folder>/…` after the last path element of `logDir`. Only regular files
 * whose names match `pattern`, directly in the folder, are collected: a link would make whatever
 * reads the copy (the artifact upload) read the file it points to, which may be on the runner.
 */
function judgeEntry(entry, logDir, pattern) {
    const folder = external_node_path_default().posix.basename(logDir);
    const name = entry.name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (name === folder) {
        return entry.type === 'directory'
            ? { action: 'ignore' }
            : { action: 'refuse', name: '', what: select_describe(entry, logDir) };
    }
    if (!name.startsWith(`${folder}/`))
        return { action: 'ignore' };
    const base = name.slice(folder.length + 1);
    if (base.includes('/') || !pattern.test(base))
        return { action: 'ignore' };
    return entry.type === 'file'
        ? { action: 'collect', name: base }
        : { action: 'refuse', name: base, what: select_describe(entry, logDir) };
}

;// CONCATENATED MODULE: ./src/report/findings.ts

/** GitHub shows at most 10 annotations of a type per step (FACTS §5): these are spent first. */
const MAX_FINDINGS = 10;
const n = (value) => value.toLocaleString('en-US');
/**
 * The findings worth an annotation, most important first, at most {@link MAX_FINDINGS}: server
 * errors, then denied requests, then calls to deprecated APIs, each group with its total and its
 * first examples. Text from the log is quoted, so it cannot fake a line of the step's log.
 */
function findingAnnotations(summary) {
    const findings = [];
    if (summary.errors5xxTotal > 0) {
        const first = summary.errors5xx[0];
        findings.push(`${n(summary.errors5xxTotal)} request(s) got a server error (5xx)` +
            (first
                ? `, the first: ${first.code} for ${quoted(first.user)} ${quoted(first.verb)} ${quoted(first.resource)}`
                : '') +
            '. See the job summary.');
    }
    if (summary.deniedTotal > 0) {
        findings.push(`${n(summary.deniedTotal)} request(s) were denied (403). See the job summary for who was denied what, and why.`);
        for (const row of summary.denied.slice(0, 3)) {
            findings.push(`Denied: ${quoted(row.user)} ${quoted(row.verb)} ${quoted(row.resource)}` +
                (row.namespace ? ` in ${quoted(row.namespace)}` : '') +
                (row.reason ? ` (${quoted(row.reason)})` : ''));
        }
    }
    for (const row of summary.deprecated.slice(0, 3)) {
        findings.push(`${quoted(row.user)} called the deprecated API ${quoted(row.api)} ${n(row.count)} time(s)` +
            (row.removedRelease ? `; it is removed in ${quoted(row.removedRelease)}` : '') +
            '.');
    }
    return findings.slice(0, MAX_FINDINGS);
}

;// CONCATENATED MODULE: ./src/markdown.ts
/**
 * Text from outside (a node's error message, a file name from a node) made inert in Markdown: it
 * cannot open a table cell, a link, an HTML tag or emphasis, and stays on one line.
 */
function escapeMarkdown(text) {
    return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}
/**
 * Inline code that no text can break out of: a fence longer than any backtick run inside it, and
 * pipes escaped for table cells. GitHub splits cells on pipes before it reads code spans, honouring
 * `\` escapes: a backslash right before a pipe would escape the escape and end the cell, so a
 * zero-width space keeps the two apart.
 */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ').replace(/\\(?=\|)/g, '\\\u200b');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine.replaceAll('|', '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * GitHub drops a step summary over 1 MiB whole (FACTS §5): the page must fit. The default leaves
 * room for what post adds around it (the artifact link, per-node lines).
 */
const DEFAULT_BUDGET = 1024 * 1024 - 64 * 1024;
/** Rows per table at each step; the last step keeps headings, counts and notes only. */
const ROW_STEPS = [100, 50, 20, 10, 5, 0];
/**
 * The largest rendering that fits `budget` bytes (UTF-8): tables are cut step by step, each cut
 * saying so. Should even the last step not fit, the page is cut at a line with a note.
 */
function fitToBudget(render, budget) {
    let page = '';
    for (const limit of ROW_STEPS) {
        page = render(limit);
        if (Buffer.byteLength(page) <= budget)
            return page;
    }
    const note = '\n\n_The summary was cut here to fit the page; summary.json holds all of it._\n';
    const room = Math.max(0, budget - Buffer.byteLength(note));
    let cut = Buffer.from(page).subarray(0, room).toString('utf8');
    // A partial character decodes as U+FFFD, which can be 3 bytes where 1 was cut: trim it off.
    cut = cut.replace(/\uFFFD+$/, '');
    const lastLine = cut.lastIndexOf('\n');
    return `${lastLine > 0 ? cut.slice(0, lastLine) : ''}${note}`;
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** A count as people read it: `1,234,567`. */
function count(n) {
    return n.toLocaleString('en-US');
}
/** Bytes in binary units, one decimal: `1.5 MiB`. */
function bytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${count(n)} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** Text from the log, for a table cell: always inline code (see `code`); '' shows as a dash. */
function logText(text) {
    return text === '' ? '—' : code(text);
}
/** Text for an HTML context (a `<summary>`), where Markdown escapes do not apply. */
function html(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r/g, ' ');
}
/** A Markdown table; `rows` are cells already made safe. */
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(headers),
        line(headers.map((_, i) => (i === 0 ? '---' : '---:'))),
        ...rows.map(line),
    ].join('\n');
}
/** A table cut to `limit` rows, with a note saying what was cut and where the rest is. */
function cutTable(headers, rows, limit, total = rows.length) {
    const shown = rows.slice(0, limit);
    const note = total > shown.length
        ? `\n\n_${count(total - shown.length)} more not shown here (cut to fit the page); summary.json and the artifact hold them._`
        : '';
    if (shown.length === 0)
        return note.trim() || '_None._';
    return `${table(headers, shown)}${note}`;
}
/** The run's page for an uploaded artifact, from the runner's environment and the upload's id. */
function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}/artifacts/${id}`;
}

;// CONCATENATED MODULE: ./src/report/timeline-md.ts

/** Lines drawn in the chart; the table beside it has every node. */
const MAX_LINES = 8;
function labels(timeline) {
    const start = Date.parse(timeline.start ?? '');
    const length = Object.values(timeline.nodes)[0]?.length ?? 0;
    const step = timeline.bucketMinutes * 60_000;
    const span = length * step;
    const day = 24 * 3_600_000;
    return Array.from({ length }, (_, i) => {
        const iso = new Date(start + i * step).toISOString();
        if (span <= day)
            return iso.slice(11, 16);
        return (span <= 180 * day ? iso.slice(5, 16) : iso.slice(0, 16)).replace('T', ' ');
    });
}
/**
 * Requests over time per node: a Mermaid chart (GitHub draws it) and the same figures as a table
 * for readers that do not. The chart holds only numbers and times this code wrote, never text
 * from the log: Mermaid has no escaping a hostile node name could not get around.
 */
function timelineSection(timeline, rowLimit) {
    const nodes = Object.keys(timeline.nodes);
    if (!timeline.start || nodes.length === 0)
        return '_No request had a time._';
    const x = labels(timeline);
    const unit = timeline.bucketMinutes === 1 ? 'minute' : `${count(timeline.bucketMinutes)} minutes`;
    const series = nodes
        .slice(0, MAX_LINES)
        .map((n) => `  line [${(timeline.nodes[n] ?? []).join(', ')}]`);
    const chart = [
        '```mermaid',
        'xychart-beta',
        `  title "Requests per ${unit} (UTC)"`,
        `  x-axis [${x.map((l) => `"${l}"`).join(', ')}]`,
        '  y-axis "requests"',
        ...series,
        '```',
    ].join('\n');
    const headers = ['UTC', ...nodes.map((n) => (n ? logText(n) : 'all'))];
    const rows = x.map((label, i) => [
        label,
        ...nodes.map((n) => count(timeline.nodes[n]?.[i] ?? 0)),
    ]);
    const legend = nodes.length > 1
        ? `\n\nOne line per node, in the order of the table's columns${nodes.length > MAX_LINES ? ` (the first ${MAX_LINES})` : ''}.`
        : '';
    const unplaced = timeline.unplaced > 0 ? `\n\n${count(timeline.unplaced)} requests had no usable time.` : '';
    // The chart goes with its table: when tables are cut to nothing, the chart goes too.
    if (rowLimit === 0)
        return cutTable(headers, rows, 0);
    return `${chart}${legend}\n\n${cutTable(headers, rows, rowLimit)}${unplaced}`;
}

;// CONCATENATED MODULE: ./src/report/summary-md.ts




const ms = (n) => `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;
function countsTable(title, key, counts, limit) {
    const rows = Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => [logText(k), count(n)]);
    return `### ${title}\n\n${cutTable([key, 'requests'], rows, limit)}`;
}
function header(s, context) {
    const lines = ['## Kubernetes audit log', ''];
    const span = s.first && s.last ? ` from ${logText(s.first)} to ${logText(s.last)}` : '';
    lines.push(`**${count(s.requests)} requests**${span}; ${count(s.lines)} lines read, ${count(s.skipped)} of them not events.`);
    if (context.clusterName)
        lines.push('', `Cluster: ${code(context.clusterName)}`);
    if (context.policyOrigin)
        lines.push('', `Policy: ${escapeMarkdown(context.policyOrigin)}`);
    if (context.artifactUrl && /^https:\/\/[^\s()<>]+$/.test(context.artifactUrl))
        lines.push('', `[Download the artifact](${context.artifactUrl}): every event in \`audit.jsonl\`, the raw files, summary.json.`);
    return lines.join('\n');
}
function nodesSection(s, limit) {
    const rows = Object.entries(s.nodes).map(([node, n]) => [
        logText(node),
        count(n.files),
        bytes(n.bytes),
        n.requests === null ? 'in audit.jsonl' : count(n.requests),
        n.first ? logText(n.first) : '—',
        n.last ? logText(n.last) : '—',
    ]);
    return `### Per node\n\n${cutTable(['node', 'files', 'bytes', 'requests', 'first', 'last'], rows, limit)}`;
}
function findings(s, limit) {
    const row = (r) => [r.time, r.user, r.verb, r.resource, r.namespace, r.name].map(logText);
    const base = ['time', 'user', 'verb', 'resource', 'namespace', 'name'];
    return [
        `### Denied (403): ${count(s.deniedTotal)}`,
        cutTable([...base, 'reason'], s.denied.map((r) => [...row(r), logText(r.reason)]), limit, s.deniedTotal),
        `### Server errors (5xx): ${count(s.errors5xxTotal)}`,
        cutTable([...base, 'code', 'message'], s.errors5xx.map((r) => [...row(r), count(r.code), logText(r.message)]), limit, s.errors5xxTotal),
        `### Deprecated APIs called: ${count(s.deprecatedTotal)}`,
        cutTable(['user', 'API', 'removed in', 'requests'], s.deprecated.map((d) => [
            logText(d.user),
            logText(d.api),
            logText(d.removedRelease),
            count(d.count),
        ]), limit),
        `### Slowest requests`,
        cutTable([...base, 'code', 'latency'], s.slowest.map((r) => [...row(r), logText(r.code), ms(r.latencyMs)]), limit),
    ].join('\n\n');
}
function whoDidWhat(s, limit) {
    const subjects = Object.entries(s.whoDidWhat);
    const parts = [
        `### Who did what (${count(s.whoDidWhatSubjects)} subjects besides Kubernetes' own components)`,
    ];
    for (const [subject, activity] of subjects.slice(0, limit)) {
        const rows = activity.rows.map((r) => [
            logText(r.verb),
            logText(r.resource),
            logText(r.namespace),
            count(r.count),
        ]);
        const other = activity.otherRequests > 0
            ? `\n\n${count(activity.otherRequests)} more requests in rows not listed.`
            : '';
        parts.push(`<details><summary><code>${html(subject)}</code>: ${count(activity.requests)} requests</summary>\n\n${cutTable(['verb', 'resource', 'namespace', 'requests'], rows, limit)}${other}\n\n</details>`);
    }
    if (subjects.length > limit)
        parts.push(`_${count(subjects.length - limit)} more subjects not shown here; summary.json holds them._`);
    if (subjects.length === 0)
        parts.push('_None._');
    return parts.join('\n\n');
}
/**
 * summary.md: the summary as a page for the run, within `budget` bytes (GitHub drops a larger step
 * summary whole). Tables are cut in steps, each cut saying so; every string from the log is inline
 * code, and the cluster's figures carry thousands separators.
 */
function renderSummary(s, context = {}, budget = DEFAULT_BUDGET) {
    return fitToBudget((limit) => {
        const sections = [
            header(s, context),
            nodesSection(s, limit),
            `### Requests over time\n\n${timelineSection(s.timeline, limit)}`,
            findings(s, limit),
            whoDidWhat(s, limit),
            countsTable('By verb', 'verb', s.byVerb, limit),
            countsTable('By resource', 'resource', s.byResource, limit),
            countsTable('By user', 'user', s.byUser, limit),
            countsTable('By namespace', 'namespace', s.byNamespace, limit),
            countsTable('By response code', 'code', s.byCode, limit),
            countsTable('By user agent', 'user agent', s.byUserAgent, limit),
        ];
        if (s.warnings.length > 0)
            sections.push(`### While reading\n\n${s.warnings.map((w) => `- ${escapeMarkdown(w)}`).join('\n')}`);
        return `${sections.join('\n\n')}\n`;
    }, budget);
}

;// CONCATENATED MODULE: ./src/report.ts



/** "1.5 MB": sizes as a person reads them. */
function formatBytes(bytes) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
/** The job summary lists this many files at most; the rest is counted. */
const MAX_FILES_LISTED = 50;
/** Sums over files: one node's, or every node's. */
function totals(files) {
    return {
        files: files.length,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        events: files.reduce((sum, f) => sum + f.events, 0),
        requests: files.reduce((sum, f) => sum + f.requests, 0),
    };
}
function nodeState(node) {
    if (node.problem)
        return `⚠️ ${escapeMarkdown(node.problem.split('\n')[0] ?? '')}`;
    if (node.container === 'gone')
        return node.source === 'runner' ? 'deleted; its logs were kept on the runner' : 'deleted';
    return node.container;
}
function nodeTable(report) {
    const lines = [
        '| node | state | files | size | events | requests |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
    ];
    for (const node of report.nodes) {
        const { bytes, events, requests } = totals(node.files);
        lines.push(`| ${code(node.node)} | ${nodeState(node)} | ${node.files.length} | ${formatBytes(bytes)} | ${events} | ${requests} |`);
    }
    const t = totals(report.nodes.flatMap((n) => n.files));
    lines.push('', `${t.files} file(s), ${formatBytes(t.bytes)}, ${t.events} events, ${t.requests} requests.`, '');
    const names = report.nodes.flatMap((n) => n.files.map((f) => `${n.node}/${external_node_path_default().basename(f.path)}`));
    if (names.length > 0)
        lines.push('<details><summary>Files</summary>', '', ...names.slice(0, MAX_FILES_LISTED).map((n) => `- ${code(n)}`), ...(names.length > MAX_FILES_LISTED
            ? [`- … and ${names.length - MAX_FILES_LISTED} more`]
            : []), '', '</details>', '');
    return lines;
}
/** What redaction did, or a warning that it was off. */
function redactionLine(redaction) {
    if (!redaction)
        return '> [!WARNING]\n> Redaction was off (`redact: false`): the artifact may hold Secret data and tokens, and anyone who can read this repository can download it.';
    const where = Object.entries(redaction.byLocation)
        .sort(([, a], [, b]) => b - a)
        .map(([location, n]) => `${code(location)} ${n.toLocaleString('en-US')}`)
        .join(', ');
    const values = `${redaction.values.toLocaleString('en-US')} secret value(s) redacted${where ? ` (${where})` : ''}`;
    const unparseable = redaction.unparseable
        ? `; ${redaction.unparseable.toLocaleString('en-US')} line(s) that could not be checked were replaced`
        : '';
    return `Redaction: ${values}${unparseable}.`;
}
function destinationLine(destination) {
    const contents = `${code(FILE_NAMES.merged)} (every node's events, merged by time), ${code(FILE_NAMES.summaryJson)}, ${code(FILE_NAMES.summaryMd)}, the policy and the kind config, and a folder per node with its raw files when kept`;
    switch (destination.kind) {
        case 'artifact': {
            const name = `**${escapeMarkdown(destination.name)}**`;
            const linked = destination.url ? `[${name}](${destination.url})` : name;
            return `Artifact ${linked} holds ${contents}.`;
        }
        case 'not-uploaded':
            return `Artifact **${escapeMarkdown(destination.name)}** was not uploaded: ${escapeMarkdown(destination.reason)}. The files are on the runner in ${code(destination.dir)}.`;
        case 'folder':
            return `${code(destination.dir)} holds ${contents}.`;
    }
}
/**
 * The collection's part of the page: a row per node (where its files came from), what redaction
 * did, and where the files went.
 */
function collectionMarkdown(report, destination, redaction) {
    const lines = ['', '### Collection', ''];
    if (report.nodes.length > 0)
        lines.push(...nodeTable(report));
    else
        lines.push('No control-plane node left any audit file.', '');
    lines.push(redactionLine(redaction), '', destinationLine(destination));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/logs/event.ts
/** Lifecycle order of stages: a request is counted once, at the last stage seen. */
const STAGE_RANK = {
    RequestReceived: 0,
    ResponseStarted: 1,
    ResponseComplete: 2,
    Panic: 2,
};
/** The rank of a stage; an unknown stage sorts last. */
function stageRank(stage) {
    return (stage !== undefined ? STAGE_RANK[stage] : undefined) ?? 3;
}
/** True for the stages that end a request. */
function isFinalStage(stage) {
    return stage === 'ResponseComplete' || stage === 'Panic';
}
/** An event's time: `stageTimestamp`, else `timestamp` (v1beta1); '' when it has neither. */
function eventTime(event) {
    return event.stageTimestamp ?? event.timestamp ?? '';
}
/** The subject of a request: the impersonated user when set, else the authenticated user. */
function subjectOf(event) {
    return event.impersonatedUser?.username || event.user?.username || '';
}
/** The subject's groups, from the same user the subject came from. */
function subjectGroups(event) {
    return ((event.impersonatedUser?.username ? event.impersonatedUser.groups : event.user?.groups) ?? []);
}
/**
 * kubectl's spelling of what a request touched: `resource[.group][/subresource]`, e.g. `pods`,
 * `pods/log`, `deployments.apps/scale`; `undefined` for non-resource requests.
 */
function resourceOf(event) {
    const ref = event.objectRef;
    if (!ref?.resource)
        return undefined;
    const group = ref.apiGroup ? `.${ref.apiGroup}` : '';
    const sub = ref.subresource ? `/${ref.subresource}` : '';
    return `${ref.resource}${group}${sub}`;
}
const COMPONENT_USERS = new Set([
    'system:kube-controller-manager',
    'system:kube-scheduler',
    'system:kube-proxy',
    'system:apiserver',
]);
const COMPONENT_NAMESPACES = new Set([
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'local-path-storage',
]);
/**
 * Kubernetes' own components (DESIGN.md): left out of "who did what", RBAC and baselines by
 * default. `kubernetes-admin`, which tests use, is not one.
 */
function isComponent(subject, groups = []) {
    if (COMPONENT_USERS.has(subject) || subject.startsWith('system:node:'))
        return true;
    if (groups.includes('system:nodes'))
        return true;
    const sa = /^system:serviceaccount:([^:]+):/.exec(subject);
    return sa !== null && COMPONENT_NAMESPACES.has(sa[1] ?? '');
}

;// CONCATENATED MODULE: ./src/logs/min-heap.ts
/** A binary min-heap under a caller's order: the reorder window and the k-way merge share it. */
class MinHeap {
    less;
    items = [];
    /** `less(a, b)`: true when `a` must come out before `b`. */
    constructor(less) {
        this.less = less;
    }
    get size() {
        return this.items.length;
    }
    /** The least item, without taking it. */
    peek() {
        return this.items[0];
    }
    push(item) {
        const items = this.items;
        let i = items.length;
        items.push(item);
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const above = items[parent];
            if (!this.less(item, above))
                break;
            items[i] = above;
            i = parent;
        }
        items[i] = item;
    }
    /** Takes the least item out. */
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0 && last !== undefined)
            this.sinkFromTop(last);
        return top;
    }
    /** Pushes `item` and takes the least out, in one sift: the steady state of a full window. */
    pushPop(item) {
        const top = this.items[0];
        if (top === undefined || !this.less(top, item))
            return item;
        this.sinkFromTop(item);
        return top;
    }
    /** Replaces the least item by `item` (a source's next head after its last went out). */
    replaceTop(item) {
        if (this.items.length === 0)
            this.items.push(item);
        else
            this.sinkFromTop(item);
    }
    sinkFromTop(item) {
        const items = this.items;
        const n = items.length;
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n)
                break;
            const right = child + 1;
            if (right < n && this.less(items[right], items[child]))
                child = right;
            const below = items[child];
            if (!this.less(below, item))
                break;
            items[i] = below;
            i = child;
        }
        items[i] = item;
    }
}

;// CONCATENATED MODULE: ./src/logs/order-key.ts
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MAX_DEPTH = 64;
/** The keys looked for, as bytes; `found` below holds their values in this order. */
const WANTED_BYTES = ['stageTimestamp', 'timestamp', 'auditID', 'stage'].map((k) => Buffer.from(k));
/** Bytes allowed between tokens: whitespace, punctuation, numbers, true/false/null. */
const BETWEEN = new Uint8Array(256);
for (const c of ' \t\r\n:,-+.0123456789eEtrufalsn')
    BETWEEN[c.charCodeAt(0)] = 1;
/** The open brackets of the line being read, to catch `{]`; shared, as orderKey never yields. */
const STACK = new Uint8Array(MAX_DEPTH);
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
/** The reference meaning: a JSON object whose `stage` is a string is an event. */
function keyOfValue(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const v = value;
    if (typeof v.stage !== 'string')
        return undefined;
    const text = (x) => (typeof x === 'string' ? x : undefined);
    return {
        time: text(v.stageTimestamp) ?? text(v.timestamp) ?? '',
        auditID: text(v.auditID) ?? '',
        stage: v.stage,
    };
}
function parsedKey(line) {
    try {
        return keyOfValue(JSON.parse(line.toString('utf8')));
    }
    catch {
        return undefined;
    }
}
/** Which wanted key the bytes `line[start, end)` spell, if any (no escapes inside). */
function wantedAt(line, start, end) {
    // Compared in JS: a native compare call per key costs more than these few bytes.
    for (let w = 0; w < WANTED_BYTES.length; w++) {
        const key = WANTED_BYTES[w];
        if (key.length !== end - start)
            continue;
        let k = 0;
        while (k < key.length && key[k] === line[start + k])
            k++;
        if (k === key.length)
            return w;
    }
    return -1;
}
/**
 * The order key of one line, or `undefined` when the line is not a JSON audit event (not JSON, cut
 * off, legacy text, or an object without a string `stage`).
 */
function orderKey(line) {
    let end = line.length;
    while (end > 0 && isSpace(line[end - 1]))
        end--;
    let i = 0;
    while (i < end && isSpace(line[i]))
        i++;
    if (line[i] !== 0x7b || line[end - 1] !== 0x7d)
        return undefined;
    const found = [undefined, undefined, undefined, undefined];
    const stack = STACK;
    let depth = 0;
    let expectKey = false; // at depth 1, after `{` or `,`
    let pending = -1; // the wanted key whose value comes next
    let afterKey = false; // a key at depth 1 was read; its `:` comes next
    while (i < end) {
        const c = line[i];
        if (c === QUOTE) {
            // Walk to the closing quote in JS: a native indexOf call per string costs more than the
            // few dozen bytes of a typical string.
            let close = i + 1;
            let escaped = false;
            for (let d = line[close]; d !== QUOTE; d = line[close]) {
                if (close >= end)
                    return undefined;
                if (d === BACKSLASH) {
                    escaped = true;
                    close += 2;
                }
                else
                    close++;
            }
            if (close >= end)
                return undefined;
            if (afterKey)
                return undefined; // two strings in a row: `{"a" "b"}`
            if (depth === 1 && expectKey) {
                if (escaped)
                    return parsedKey(line);
                pending = wantedAt(line, i + 1, close);
                expectKey = false;
                afterKey = true;
            }
            else if (pending !== -1) {
                // An escaped value (rare in these fields) is decoded by the parser, which also judges it.
                if (escaped)
                    return parsedKey(line);
                found[pending] = line.toString('utf8', i + 1, close);
                pending = -1;
            }
            i = close + 1;
            continue;
        }
        if (afterKey && c !== 0x3a && !isSpace(c))
            return undefined; // a key without its `:`
        if (c === 0x7b || c === 0x5b) {
            if (pending !== -1 || depth >= MAX_DEPTH)
                return parsedKey(line);
            stack[depth++] = c;
            expectKey = c === 0x7b && depth === 1;
        }
        else if (c === 0x7d || c === 0x5d) {
            if (depth === 0 || stack[depth - 1] !== c - 2)
                return undefined;
            depth--;
            if (depth === 0 && i !== end - 1)
                return undefined; // something after the object
        }
        else if (c === 0x2c) {
            expectKey = depth === 1;
        }
        else if (c === 0x3a) {
            if (depth === 1 && !afterKey)
                return undefined;
            afterKey = false;
        }
        else if (!BETWEEN[c]) {
            return undefined;
        }
        else if (pending !== -1 && !isSpace(c)) {
            return parsedKey(line); // a wanted key with a number, true, false or null: rare
        }
        i++;
    }
    if (depth !== 0)
        return undefined;
    const [stageTimestamp, timestamp, auditID, stage] = found;
    if (stage === undefined)
        return undefined;
    return { time: stageTimestamp ?? timestamp ?? '', auditID: auditID ?? '', stage };
}

;// CONCATENATED MODULE: ./src/logs/time-order.ts
/**
 * Audit times as strings that sort in time order. kube writes `stageTimestamp` as RFC 3339 in UTC
 * with microseconds (`2026-11-26T15:16:49.123456Z`, FACTS §4), which already sorts as text and is
 * returned as it is. Other spellings — v1beta1's whole seconds (`…:49Z`, which as text would sort
 * after `…:49.5Z`), fewer or more digits, an offset — are brought to that form. A time that is
 * not RFC 3339 becomes '' and so sorts first: it cannot be placed, and is not held back.
 */
const CANONICAL_LENGTH = 27;
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;
/** `time` in the one spelling that sorts as text: UTC, six fraction digits, `Z`. */
function sortableTime(time) {
    if (time.length === CANONICAL_LENGTH &&
        time.charCodeAt(19) === 0x2e &&
        time.charCodeAt(26) === 0x5a &&
        time.charCodeAt(10) === 0x54) {
        return time;
    }
    const match = RFC3339.exec(time);
    if (!match)
        return '';
    const [, date, clock, fraction = '', zone = 'Z'] = match;
    const micros = fraction.padEnd(6, '0').slice(0, 6);
    let seconds = `${date}T${clock}`;
    if (zone !== 'Z' && zone !== 'z') {
        const ms = Date.parse(`${seconds}${zone}`);
        if (Number.isNaN(ms))
            return '';
        seconds = new Date(ms).toISOString().slice(0, 19);
    }
    return `${seconds}.${micros}Z`;
}

;// CONCATENATED MODULE: ./src/logs/merge.ts




/**
 * How many events each source holds back to put them in time order. kube-apiserver writes events
 * in completion order, not by `stageTimestamp` (FACTS §4): a long request's event is written after
 * those of requests that started later. An event written up to this many events after one it
 * precedes in time still comes out in its place. Memory: this many events per source (10,000
 * events of ~1.5 KB are ~15 MB).
 */
const DEFAULT_WINDOW = 10_000;
/** Ordered by (time, auditID, stage rank): DESIGN.md, "A request". */
function earlierKey(a, b) {
    if (a.time !== b.time)
        return a.time < b.time;
    if (a.auditID !== b.auditID)
        return a.auditID < b.auditID;
    return a.rank < b.rank;
}
function before(a, b) {
    if (a.time !== b.time)
        return a.time < b.time;
    if (a.auditID !== b.auditID)
        return a.auditID < b.auditID;
    if (a.rank !== b.rank)
        return a.rank < b.rank;
    return a.source !== b.source ? a.source < b.source : a.seq < b.seq;
}
/** One source's events, put in order through a reorder buffer of `window` events. */
async function* reordered(lines, source, window, stats) {
    const held = new MinHeap(before);
    let seq = 0;
    for await (const line of lines) {
        stats.lines++;
        const key = orderKey(line);
        if (!key) {
            stats.skipped++;
            continue;
        }
        stats.events++;
        const entry = {
            time: sortableTime(key.time),
            auditID: key.auditID,
            rank: stageRank(key.stage),
            source,
            seq: seq++,
            // A copy: the reader's line shares its chunk, which a held line would otherwise keep alive.
            line: Buffer.from(line),
        };
        if (held.size < window)
            held.push(entry);
        else
            yield held.pushPop(entry);
    }
    for (let entry = held.pop(); entry; entry = held.pop())
        yield entry;
}
async function* merged(sources, window, stats) {
    const streams = sources.map((lines, i) => reordered(lines, i, window, stats));
    try {
        const heads = new MinHeap(before);
        for (const stream of streams) {
            const first = await stream.next();
            if (!first.done)
                heads.push(first.value);
        }
        let latest;
        for (let head = heads.peek(); head; head = heads.peek()) {
            if (latest && earlierKey(head, latest))
                stats.outOfOrder++;
            else
                latest = head;
            yield head.line;
            const next = await streams[head.source].next();
            if (next.done)
                heads.pop();
            else
                heads.replaceTop(next.value);
        }
    }
    finally {
        await Promise.all(streams.map((stream) => stream.return(undefined)));
    }
}
/**
 * Every source's events in one stream ordered by (time, auditID, stage rank), each line's bytes
 * unchanged: a streaming k-way merge over per-source reorder buffers of `window` events
 * ({@link DEFAULT_WINDOW}), so memory stays at about window × sources events. Lines that are not
 * events are skipped and counted in `stats`.
 */
function mergeByTime(sources, options = {}) {
    const window = options.window ?? DEFAULT_WINDOW;
    if (!Number.isInteger(window) || window < 0)
        throw new RangeError(`the reorder window must be a whole number of events, not ${window}`);
    const stats = { lines: 0, events: 0, skipped: 0, outOfOrder: 0 };
    return { stats, [Symbol.asyncIterator]: () => merged(sources, window, stats) };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/logs/read.ts



/**
 * The longest line kept whole. kube-apiserver's own cap on one event is far below (100 KB when
 * truncation is on, FACTS §2), so a longer line is damage or hostile: it is yielded cut to this
 * many bytes (it still counts as a line, and being no longer whole JSON no consumer takes it for
 * an event), the rest of it is dropped as it streams past, and `onProblem` says so. Memory per
 * file stays at most this plus one chunk.
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Read in large chunks: fewer awaits per byte; 256 KiB holds ~100 typical events. */
const CHUNK_BYTES = 256 * 1024;
/** Opens a file for reading; anything but a regular file (a FIFO, a device, a folder) is refused. */
async function openRegular(file) {
    // O_NONBLOCK: opening a FIFO planted where a log should be fails fast instead of hanging.
    const handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle.createReadStream({ highWaterMark: CHUNK_BYTES });
}
/**
 * The non-empty lines of a node's audit files, in the order the files are given (the caller
 * passes them in write order: rotated oldest first, current last), `.gz` decompressed. Each line
 * comes without its `\n`, bytes otherwise unchanged; a last line without `\n` (cut off mid-write)
 * comes as it is. A `.gz` that ends early (still being compressed, or the node died) ends that
 * file after what it gave, reported through `onProblem`. Streaming: memory stays bounded at any
 * size. A yielded buffer is never reused, but may share memory with its neighbours.
 * An unreadable or non-regular file throws.
 */
async function* readLines(files, options = {}) {
    for (const file of files)
        yield* fileLines(file, options);
}
async function* fileLines(file, options) {
    const max = options.maxLineBytes ?? MAX_LINE_BYTES;
    const report = (message) => options.onProblem?.(file, message);
    const raw = await openRegular(file);
    const gzip = file.endsWith('.gz');
    const input = gzip ? raw.pipe((0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: CHUNK_BYTES })) : raw;
    if (gzip)
        raw.on('error', (error) => input.destroy(error));
    // A line that spans chunks is gathered here, never beyond `max` bytes.
    let pieces = [];
    let gathered = 0;
    let cut = false;
    const gather = (piece) => {
        const room = max - gathered;
        if (piece.length > room)
            cut = true;
        const kept = piece.length > room ? piece.subarray(0, room) : piece;
        if (kept.length > 0)
            pieces.push(kept);
        gathered += kept.length;
    };
    const finish = () => {
        const line = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, gathered);
        if (cut)
            report(`a line longer than ${max} bytes was cut to its first ${max} bytes`);
        pieces = [];
        gathered = 0;
        cut = false;
        return line;
    };
    let lines = 0;
    try {
        for await (const chunk of input) {
            let start = 0;
            for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
                if (gathered === 0 && !cut && nl - start <= max) {
                    // The common case: the whole line lies in this chunk; no copy.
                    if (nl > start) {
                        lines++;
                        yield chunk.subarray(start, nl);
                    }
                }
                else {
                    gather(chunk.subarray(start, nl));
                    const line = finish();
                    if (line.length > 0) {
                        lines++;
                        yield line;
                    }
                }
                start = nl + 1;
            }
            if (start < chunk.length)
                gather(chunk.subarray(start));
        }
    }
    catch (error) {
        if (!gzip)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        report(`the compressed file ends early (${reason}); kept the ${lines} lines before the damage`);
    }
    finally {
        raw.destroy();
    }
    if (gathered > 0 || cut)
        yield finish();
}

;// CONCATENATED MODULE: ./src/logs/merge-files.ts




/** Writes are gathered to this size: one system call per ~1 MiB, not one per event. */
const BATCH_BYTES = 1024 * 1024;
const NEWLINE = Buffer.from('\n');
/** Writes all of `data`: a write may take less than it was given. */
async function writeAll(out, data) {
    for (let done = 0; done < data.length;) {
        done += (await out.write(data, done, data.length - done)).bytesWritten;
    }
}
/**
 * Writes every node's events, merged by time, to `outFile` (the artifact's `audit.jsonl`): one
 * event a line, each line's bytes as the node wrote them; lines that are not events are left out
 * and counted. `outFile` is replaced, never written through a link.
 */
async function mergeFiles(nodes, outFile, options = {}) {
    const read = options.onProblem ? { onProblem: options.onProblem } : {};
    const events = mergeByTime(nodes.map((n) => readLines(n.files, read)), options.window === undefined ? {} : { window: options.window });
    const flags = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_TRUNC | external_node_fs_namespaceObject.constants.O_NOFOLLOW;
    const out = await (0,promises_namespaceObject.open)(outFile, flags, 0o644);
    try {
        if (!(await out.stat()).isFile())
            throw new Error(`${outFile} is not a regular file`);
        let batch = [];
        let size = 0;
        for await (const line of events) {
            batch.push(line, NEWLINE);
            size += line.length + 1;
            if (size >= BATCH_BYTES) {
                await writeAll(out, Buffer.concat(batch, size));
                batch = [];
                size = 0;
            }
        }
        if (size > 0)
            await writeAll(out, Buffer.concat(batch, size));
    }
    finally {
        await out.close();
    }
    return events.stats;
}

;// CONCATENATED MODULE: ./src/logs/redact-rules.ts
/**
 * What every redacted value becomes. A fixed string, never a hash of the value: a short secret's
 * hash can be guessed by hashing candidates (issue 8).
 */
const REDACTED = '<redacted by kind-audit>';
/** kubectl's annotation that holds the whole object as last applied: for a Secret, its data. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * Deeper than any object the API serves; a hostile line nested deeper than this is replaced from
 * there on instead of being walked (the walk is recursive and must not run out of stack).
 */
const redact_rules_MAX_DEPTH = 256;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Replaces `holder[key]` unless it is absent, null or already the marker; true when it did. */
function replace(holder, key, location, found) {
    const value = holder[key];
    if (value === undefined || value === null || value === REDACTED)
        return;
    holder[key] = REDACTED;
    found.push(location);
}
/** Every value of a Secret's `data` or `stringData` map; the keys are names, and stay. */
function redactMap(holder, field, location, found) {
    const map = holder[field];
    if (!isObject(map))
        return replace(holder, field, location, found);
    for (const key of Object.keys(map))
        replace(map, key, location, found);
}
/** kubectl writes the annotation as compact JSON; whitespace is allowed for odd writers. */
const MENTIONS_SECRET = /"kind"\s*:\s*"Secret(List)?"/;
/** The last-applied annotation, when the object is a Secret or the annotation holds one. */
function redactLastApplied(object, isSecret, found) {
    const metadata = object.metadata;
    if (!isObject(metadata) || !isObject(metadata.annotations))
        return;
    const value = metadata.annotations[LAST_APPLIED];
    if (value === undefined)
        return;
    if (isSecret || typeof value !== 'string' || MENTIONS_SECRET.test(value))
        replace(metadata.annotations, LAST_APPLIED, 'last-applied-configuration', found);
}
/** A Secret (or, in an event about secrets, any object): data, stringData, last-applied. */
function redactSecretFields(object, where, found) {
    if ('data' in object)
        redactMap(object, 'data', `${where}.data`, found);
    if ('stringData' in object)
        redactMap(object, 'stringData', `${where}.stringData`, found);
    redactLastApplied(object, true, found);
}
function redactToken(object, field, location, found) {
    const holder = object[field];
    if (isObject(holder))
        replace(holder, 'token', location, found);
}
/**
 * Walks a request or response body. Kind-based rules apply anywhere (a Secret inside any body is
 * a Secret); in an event about secrets every object is treated as one, so shapes without a kind
 * (Table rows' objects) are covered too. Items of a SecretList carry no kind of their own:
 * `secretItem` marks them. `where` names the container, for the location: `secrets`,
 * `secretList.items`, `watch.object`.
 */
function walk(node, about, where, found, depth, secretItem = false) {
    if (typeof node !== 'object' || node === null)
        return node;
    if (depth > redact_rules_MAX_DEPTH) {
        found.push('too-deep');
        return REDACTED;
    }
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            node[i] = walk(node[i], about, where, found, depth + 1, secretItem);
        return node;
    }
    const object = node;
    const kind = object.kind;
    if (kind === 'Secret' || about.secrets || secretItem)
        redactSecretFields(object, where, found);
    else
        redactLastApplied(object, false, found);
    if (kind === 'TokenRequest')
        redactToken(object, 'status', SA_TOKEN, found);
    if (kind === 'TokenReview')
        redactToken(object, 'spec', TOKEN_REVIEW, found);
    for (const key of Object.keys(object)) {
        const items = kind === 'SecretList' && key === 'items';
        const inner = items
            ? 'secretList.items'
            : kind === 'WatchEvent' && key === 'object'
                ? 'watch.object'
                : where;
        object[key] = walk(object[key], about, inner, found, depth + 1, items);
    }
    return object;
}
const SA_TOKEN = 'serviceaccounts/token.status.token';
const TOKEN_REVIEW = 'tokenreviews.spec.token';
const PATCH = 'secrets.requestObject';
/** Fields of a patch to a Secret that name or shape it and carry no secret value. */
const PATCH_KEEPS = new Set(['apiVersion', 'kind', 'type', 'immutable']);
/**
 * A body sent to `secrets` that is not a Secret: a JSON patch (an array of operations), a merge or
 * strategic-merge patch (an object without kind), or something stranger. Whatever its shape, every
 * value that could carry Secret material goes: each operation's `value`; in a patch object, the
 * values of data and stringData, the last-applied annotation and any field not known to be
 * harmless. `$`-directives of strategic merge patches list keys, not values, and stay.
 */
function redactSecretPatch(body, found) {
    if (Array.isArray(body)) {
        for (let i = 0; i < body.length; i++) {
            const op = body[i];
            if (isObject(op))
                replace(op, 'value', PATCH, found);
            else if (op !== null) {
                body[i] = REDACTED;
                found.push(PATCH);
            }
        }
        return body;
    }
    if (!isObject(body)) {
        if (body === null || body === REDACTED)
            return body;
        found.push(PATCH);
        return REDACTED;
    }
    for (const key of Object.keys(body)) {
        if (key === 'data' || key === 'stringData')
            redactMap(body, key, PATCH, found);
        else if (key === 'metadata' && isObject(body.metadata))
            redactLastApplied(body, true, found);
        else if (!PATCH_KEEPS.has(key) && !key.startsWith('$'))
            replace(body, key, PATCH, found);
    }
    return body;
}
/** Bodies sent to secrets that are whole objects the kind-based walk understands. */
const SECRET_BODY_KINDS = new Set(['Secret', 'SecretList', 'DeleteOptions']);
/**
 * Replaces secret material in a parsed event, in place; returns where, one entry per value.
 * Decided by what the event is about (objectRef) and by the kinds inside its bodies, not by field
 * names alone. Covered: Secret data/stringData (also in SecretList items, watch events, Table
 * rows), the last-applied annotation of Secrets, any body sent to secrets (patches), the token of
 * a TokenRequest (`serviceaccounts/token`), TokenReview `spec.token`, and — found in the API
 * beyond the issue's list — the `patch.webhook.admission.k8s.io/*` audit annotations of events
 * about secrets, which hold a mutating webhook's patch to the Secret, data included.
 *
 * Checked and left alone, as they hold no credential: bootstrap-token and service-account-token
 * Secrets are Secrets (covered above); CSRs, PodCertificateRequests and every `caBundle` hold public
 * keys and certificates; webhook URLs cannot carry user info (the API rejects it); the
 * `authentication.kubernetes.io/credential-id` user extra is an identifier, not a token;
 * `managedFields` hold field names, never values.
 */
function redactEvent(event) {
    const found = [];
    const ref = event.objectRef;
    const about = {
        secrets: ref?.resource === 'secrets',
        saToken: ref?.resource === 'serviceaccounts' && ref.subresource === 'token',
        tokenReview: ref?.resource === 'tokenreviews',
    };
    const body = event;
    for (const key of ['requestObject', 'responseObject']) {
        if (!(key in body))
            continue;
        let value = body[key];
        if (about.secrets && key === 'requestObject') {
            const kind = isObject(value) ? value.kind : undefined;
            if (typeof kind !== 'string' || !SECRET_BODY_KINDS.has(kind))
                value = redactSecretPatch(value, found);
        }
        value = walk(value, about, 'secrets', found, 0);
        // The event says what the body is; its kind may be missing or odd.
        if (isObject(value) && about.saToken)
            redactToken(value, 'status', SA_TOKEN, found);
        if (isObject(value) && about.tokenReview)
            redactToken(value, 'spec', TOKEN_REVIEW, found);
        body[key] = value;
    }
    if (about.secrets && isObject(event.annotations)) {
        const annotations = event.annotations;
        for (const key of Object.keys(annotations))
            if (key.startsWith('patch.webhook.admission.k8s.io/'))
                replace(annotations, key, 'secrets.webhookPatch', found);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/logs/redact-scan.ts
/**
 * The fast check: which lines can be proven, from a few bytes, to need no redaction.
 *
 * Every rule in `redact-rules.ts` fires only on one of these, spelled out in a JSON object:
 * - `"secrets"`: an objectRef about secrets (the patch, Table and webhook-annotation rules);
 * - `"Secret`: the kind `Secret` or `SecretList`, and a last-applied annotation that holds one
 *   (inside that string the kind is written `\"Secret\"`, which contains `"Secret` too);
 * - `"token"`: the key of every token the rules replace (TokenRequest `status.token`,
 *   TokenReview `spec.token`); without the key there is no token to replace.
 * JSON can spell a letter as `\uXXXX`, which would hide a needle from a byte search, so a line with
 * such an escape of a letter is checked in full. Go's encoder only escapes `<`, `>`, `&`, control
 * characters and U+2028/9, so real lines almost never do. A line that is not `{…}` is checked in
 * full too: it may be cut off or not JSON, and then it cannot be shown to hold nothing.
 */
/**
 * Each needle is searched by a part that starts with a byte rare in audit logs, then confirmed by
 * the bytes before it: a search led by `"`, the commonest byte in JSON, runs several times slower.
 */
const NEEDLES = [
    ['"', 'Secret'],
    ['"to', 'ken"'],
    ['"se', 'crets"'],
].map(([before = '', search = '']) => ({
    search: Buffer.from(search),
    before: Buffer.from(before),
}));
const ESCAPE = Buffer.from('\\u');
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
function hexValue(byte) {
    if (byte === undefined)
        return -1;
    if (byte >= 0x30 && byte <= 0x39)
        return byte - 0x30;
    const lower = byte | 0x20;
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
/** True when the `\u` at `at` may spell an ASCII letter (or is malformed: then let JSON.parse judge). */
function escapeMayHideNeedle(buf, at) {
    let code = 0;
    for (let i = 2; i < 6; i++) {
        const digit = hexValue(buf[at + i]);
        if (digit < 0)
            return true;
        code = code * 16 + digit;
    }
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a;
}
/**
 * Finds, across a region of many lines, the next place that forces a full check, so that each
 * needle is searched once per occurrence rather than once per line.
 */
class SuspectFinder {
    buf;
    next;
    nextEscape = -1;
    constructor(buf) {
        this.buf = buf;
        this.next = NEEDLES.map(() => -1);
    }
    /** The first confirmed match of needle `i` at or after `from`, -2 when there is none. */
    find(i, from) {
        const { search, before } = NEEDLES[i];
        for (let at = this.buf.indexOf(search, from); at >= 0; at = this.buf.indexOf(search, at + 1)) {
            const lead = at - before.length;
            if (lead >= 0 && this.buf.compare(before, 0, before.length, lead, at) === 0)
                return at;
        }
        return -2;
    }
    /** True when `buf[start, end)` contains a needle or an escape that may hide one. */
    suspect(start, end) {
        for (let i = 0; i < NEEDLES.length; i++) {
            let at = this.next[i] ?? -1;
            if (at !== -2 && at < start) {
                at = this.find(i, start);
                this.next[i] = at;
            }
            if (at >= 0 && at < end)
                return true;
        }
        while (this.nextEscape !== -2) {
            if (this.nextEscape < start) {
                const at = this.buf.indexOf(ESCAPE, start);
                this.nextEscape = at < 0 ? -2 : at;
                continue;
            }
            if (this.nextEscape >= end)
                return false;
            if (escapeMayHideNeedle(this.buf, this.nextEscape))
                return true;
            const at = this.buf.indexOf(ESCAPE, this.nextEscape + 2);
            this.nextEscape = at < 0 ? -2 : at;
        }
        return false;
    }
}
/**
 * True when `buf[start, end)` (one line, without its newline) provably needs no change: it looks
 * like a whole JSON object and mentions nothing any redaction rule acts on.
 */
function redact_scan_provablyClean(buf, start = 0, end = buf.length, finder = new SuspectFinder(buf)) {
    if (end - start < 2 || buf[start] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE)
        return false;
    return !finder.suspect(start, end);
}

;// CONCATENATED MODULE: ./src/logs/redact-line.ts


/**
 * The line that stands in for one that could not be checked: a JSON object (so readers that skip
 * non-events skip it too) saying what happened and how long the original was.
 */
function unparseableMarker(bytes, reason = 'it is not a JSON object') {
    return Buffer.from(JSON.stringify({
        redacted: REDACTED,
        reason: `a line was replaced because ${reason}, so it could not be checked for secrets`,
        bytes,
    }));
}
/**
 * Redacts one audit log line (without its newline). A line that provably mentions nothing secret
 * (see `redact-scan.ts`) is returned as it is, unparsed; any other is parsed, and only when a value
 * was replaced is it serialised again. A line that is not a JSON object is replaced by
 * {@link unparseableMarker}: it cannot be checked.
 *
 * The fast path agrees with a full parse on every line that is JSON. A line shaped `{…}` that is not
 * JSON and mentions no needle is kept: it cannot hold anything a rule would replace.
 */
function redactLine(input, finder) {
    const line = typeof input === 'string' ? Buffer.from(input) : input;
    if (provablyClean(line, 0, line.length, finder))
        return { line, redacted: 0, locations: [], unparseable: false };
    return redactParsed(line);
}
/** The full check of a line: parse, apply the rules, serialise only if something changed. */
function redactParsed(line) {
    let event;
    const text = line.toString('utf8');
    try {
        event = JSON.parse(text);
    }
    catch {
        // A blank line holds nothing; it stays, uncounted.
        if (text.trim() === '')
            return { line, redacted: 0, locations: [], unparseable: false };
        return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event))
        return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
    const locations = redactEvent(event);
    if (locations.length === 0)
        return { line, redacted: 0, locations, unparseable: false };
    return {
        line: Buffer.from(JSON.stringify(event)),
        redacted: locations.length,
        locations,
        unparseable: false,
    };
}

;// CONCATENATED MODULE: ./src/logs/redact-stream.ts


/** Stats of nothing: the start of a sum. */
function emptyStats() {
    return { lines: 0, changed: 0, unparseable: 0, values: 0, byLocation: {} };
}
/** The sum of two stats, as a new object. */
function addStats(a, b) {
    const byLocation = { ...a.byLocation };
    for (const [key, count] of Object.entries(b.byLocation))
        byLocation[key] = (byLocation[key] ?? 0) + count;
    return {
        lines: a.lines + b.lines,
        changed: a.changed + b.changed,
        unparseable: a.unparseable + b.unparseable,
        values: a.values + b.values,
        byLocation,
    };
}
/**
 * The longest line checked. An event the API server writes is far smaller (request bodies are
 * capped at 3 MiB, a SecretList of many Secrets stays well within); a longer line is replaced
 * unread, so memory stays bounded whatever a file holds.
 */
const redact_stream_MAX_LINE_BYTES = 64 * 1024 * 1024;
const redact_stream_NEWLINE = Buffer.from('\n');
/**
 * Redacts a stream of chunks, line by line. Runs of lines that need no change are passed on as
 * slices of the chunk they came in, so most bytes are never copied or decoded.
 */
class StreamRedactor {
    maxLineBytes;
    stats = emptyStats();
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    constructor(maxLineBytes = redact_stream_MAX_LINE_BYTES) {
        this.maxLineBytes = maxLineBytes;
    }
    /** Takes the next chunk; returns what to write for the lines it completed. */
    push(chunk) {
        const out = [];
        let start = 0;
        if (this.pendingBytes > 0) {
            const newline = chunk.indexOf(10);
            if (newline < 0) {
                this.hold(chunk);
                return out;
            }
            this.hold(chunk.subarray(0, newline));
            this.finishPending(out, true);
            start = newline + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last >= start) {
            this.region(chunk, start, last + 1, out);
            start = last + 1;
        }
        if (start < chunk.length)
            this.hold(chunk.subarray(start));
        return out;
    }
    /**
     * Ends the stream: a last line without a newline (cut off while written) is checked like any
     * other and written without one. `damaged` says the input ended early (a cut `.gz`): the last
     * part then cannot be trusted to be a whole line.
     */
    end(damaged = false) {
        const out = [];
        if (damaged) {
            const bytes = this.pendingBytes;
            this.reset();
            this.stats.lines++;
            this.count(unparseableMarker(bytes, 'the compressed file ends early'), 0, [], true, out);
        }
        else if (this.pendingBytes > 0)
            this.finishPending(out, false);
        return out;
    }
    hold(part) {
        this.pendingBytes += part.length;
        if (this.tooLong)
            return;
        if (this.pendingBytes > this.maxLineBytes) {
            this.tooLong = true;
            this.pending = [];
        }
        else if (part.length > 0)
            this.pending.push(part);
    }
    reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.tooLong = false;
    }
    finishPending(out, newline) {
        const bytes = this.pendingBytes;
        const line = this.tooLong ? undefined : Buffer.concat(this.pending, bytes);
        this.reset();
        if (line === undefined) {
            const reason = `it is longer than ${this.maxLineBytes} bytes`;
            this.stats.lines++;
            this.count(unparseableMarker(bytes, reason), 0, [], true, out);
        }
        else if (line.length === 0) {
            out.push(line);
        }
        else {
            this.stats.lines++;
            const result = redact_scan_provablyClean(line) ? undefined : redactParsed(line);
            if (!result || result.line === line)
                out.push(line);
            else
                this.count(result.line, result.redacted, result.locations, result.unparseable, out);
        }
        if (newline)
            out.push(redact_stream_NEWLINE);
    }
    /** Whole lines `buf[start, end)`, the last ending in a newline. */
    region(buf, start, end, out) {
        const finder = new SuspectFinder(buf);
        let run = start;
        for (let lineStart = start; lineStart < end;) {
            const newline = buf.indexOf(10, lineStart);
            const lineEnd = newline < 0 || newline >= end ? end : newline;
            const next = lineEnd + 1;
            if (lineEnd === lineStart) {
                lineStart = next;
                continue;
            }
            this.stats.lines++;
            if (!redact_scan_provablyClean(buf, lineStart, lineEnd, finder)) {
                const line = buf.subarray(lineStart, lineEnd);
                const result = redactParsed(line);
                if (result.line !== line) {
                    if (run < lineStart)
                        out.push(buf.subarray(run, lineStart));
                    this.count(result.line, result.redacted, result.locations, result.unparseable, out);
                    out.push(redact_stream_NEWLINE);
                    run = next;
                }
            }
            lineStart = next;
        }
        if (run < end)
            out.push(buf.subarray(run, end));
    }
    count(line, values, locations, unparseable, out) {
        out.push(line);
        this.stats.changed++;
        if (unparseable)
            this.stats.unparseable++;
        this.stats.values += values;
        for (const location of locations)
            this.stats.byLocation[location] = (this.stats.byLocation[location] ?? 0) + 1;
    }
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/logs/redact-file.ts






/** How much is read at a time: large runs of clean lines pass on as one slice. */
const redact_file_CHUNK_BYTES = 1024 * 1024;
/** zlib's errors for input that ends early or is corrupt: the file was cut, not unreadable. */
function isDamagedGzip(error) {
    const code = error.code;
    return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}
async function openInput(file) {
    // O_NONBLOCK: a FIFO in place of the file fails the size check below instead of hanging.
    const handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
async function* redacted(source, redactor) {
    let damaged = false;
    try {
        for await (const chunk of source) {
            const parts = redactor.push(chunk);
            if (parts.length > 0)
                yield parts.length === 1 ? parts[0] : Buffer.concat(parts);
        }
    }
    catch (error) {
        if (!isDamagedGzip(error))
            throw error;
        damaged = true;
    }
    const parts = redactor.end(damaged);
    if (parts.length > 0)
        yield Buffer.concat(parts);
}
/**
 * Copies an audit file with secret material replaced (see `redactLine`), streaming: memory stays
 * bounded at any size. `.gz` in gives `.gz` out (by the input's name); a cut `.gz` gives what could
 * be read and a marker for the rest. The output is never written through a link.
 */
async function redactFile(input, output, options = {}) {
    const gz = input.endsWith('.gz');
    const redactor = new StreamRedactor(options.maxLineBytes ?? redact_stream_MAX_LINE_BYTES);
    const inHandle = await openInput(input);
    let outHandle;
    try {
        outHandle = await (0,promises_namespaceObject.open)(output, external_node_fs_namespaceObject.constants.O_WRONLY |
            external_node_fs_namespaceObject.constants.O_CREAT |
            external_node_fs_namespaceObject.constants.O_TRUNC |
            external_node_fs_namespaceObject.constants.O_NOFOLLOW |
            external_node_fs_namespaceObject.constants.O_NONBLOCK, 0o644);
        const raw = inHandle.createReadStream({ highWaterMark: redact_file_CHUNK_BYTES, autoClose: false });
        let source = raw;
        if (gz) {
            const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: redact_file_CHUNK_BYTES });
            // pipe() does not pass a read error on; without this the loop would wait forever.
            raw.on('error', (error) => gunzip.destroy(error));
            source = raw.pipe(gunzip);
        }
        // The sink closes the handle itself once written: pipeline waits for that close.
        const sink = outHandle.createWriteStream();
        const body = external_node_stream_namespaceObject.Readable.from(redacted(source, redactor), { objectMode: false });
        if (gz)
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_zlib_namespaceObject.createGzip)(), sink);
        else
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, sink);
    }
    finally {
        await inHandle.close();
        await outHandle?.close();
    }
    return redactor.stats;
}

;// CONCATENATED MODULE: ./src/logs/redact-tree.ts





/** Deeper than an artifact's layout (`<node>/<file>`) ever goes; a deeper tree is not walked. */
const redact_tree_MAX_DEPTH = 8;
/**
 * Redacts `input` into `output`: a file into a file, or a folder into a folder holding the same
 * audit files at the same relative paths. Only regular files whose names `isAuditFile` accepts
 * are written; links and everything else are skipped and listed, never followed.
 */
async function redactTree(input, output, isAuditFile) {
    const result = { files: [], total: emptyStats(), skipped: [] };
    const info = await (0,promises_namespaceObject.lstat)(input);
    if (info.isFile()) {
        await add(result, input, output);
        return result;
    }
    if (!info.isDirectory())
        throw new Error(`${input} is neither a regular file nor a folder`);
    await redact_tree_walk(result, input, output, isAuditFile, 0);
    return result;
}
async function add(result, input, output) {
    const stats = await redactFile(input, output);
    result.files.push({ input, output, stats });
    result.total = addStats(result.total, stats);
}
async function redact_tree_walk(result, dir, out, isAuditFile, depth) {
    await makeDirs(out);
    const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const from = external_node_path_default().join(dir, entry.name);
        const to = external_node_path_default().join(out, entry.name);
        if (entry.isDirectory()) {
            if (depth + 1 >= redact_tree_MAX_DEPTH)
                result.skipped.push({ path: from, why: 'too deep' });
            else
                await redact_tree_walk(result, from, to, isAuditFile, depth + 1);
        }
        else if (!entry.isFile()) {
            result.skipped.push({ path: from, why: 'not a regular file' });
        }
        else if (!isAuditFile(entry.name)) {
            result.skipped.push({ path: from, why: 'not an audit file' });
        }
        else
            await add(result, from, to);
    }
}

;// CONCATENATED MODULE: ./src/logs/redact.ts
/**
 * Redaction of audit logs (issue 8): secret material replaced by a fixed marker in every file
 * that holds audit events, before anything leaves the runner. The one module others import.
 *
 * - `redact-rules.ts`: what is secret in a parsed event, and where it was;
 * - `redact-scan.ts`: the byte check that proves most lines need no parse;
 * - `redact-line.ts`: one line; `redact-stream.ts`: chunks of lines, with the stats;
 * - `redact-file.ts`: one file, plain or `.gz`; `redact-tree.ts`: a file or a folder of them.
 */






;// CONCATENATED MODULE: ./src/logs/files.ts

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Matches the audit log and its rotated siblings: `<stem><ext>` and
 * `<stem>-<UTC YYYY-MM-DDTHH-MM-SS.mmm><ext>`, each optionally `.gz` (FACTS §2).
 */
function auditFilePattern(logPath) {
    const ext = external_node_path_default().posix.extname(logPath);
    const stem = escapeRegExp(external_node_path_default().posix.basename(logPath, ext));
    return new RegExp(`^${stem}(-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3})?${escapeRegExp(ext)}(\\.gz)?$`);
}
/** Current file last, rotated files oldest first: the order in which their events were written. */
function byWriteOrder(names) {
    const rotated = (n) => /-\d{4}-\d{2}-\d{2}T/.test(n);
    return [...names].sort((a, b) => Number(rotated(b)) - Number(rotated(a)) || a.localeCompare(b));
}

;// CONCATENATED MODULE: ./src/logs/lines.ts
/** A line longer than this is not an event the summary can use: it is skipped, not held. */
const lines_MAX_LINE_BYTES = 64 * 1024 * 1024;
/**
 * Calls `onLine` with every line of a byte stream, without its `\n` (a `\r` before it stays; JSON
 * ignores it). Chunks are split with `Buffer.indexOf`; only a line that spans chunks is copied.
 * A line over `maxLine` bytes is reported to `onOversized` and its bytes dropped as they come, so
 * memory stays bounded whatever the stream holds. The last line needs no newline.
 */
async function forEachLine(stream, onLine, onOversized = () => { }, maxLine = lines_MAX_LINE_BYTES) {
    let carry = [];
    let carried = 0;
    let dropping = false;
    for await (const chunk of stream) {
        let start = 0;
        let end = chunk.indexOf(10, start);
        while (end !== -1) {
            if (dropping)
                dropping = false;
            else if (carried > 0) {
                carry.push(chunk.subarray(start, end));
                onLine(Buffer.concat(carry, carried + end - start));
            }
            else
                onLine(chunk.subarray(start, end));
            carry = [];
            carried = 0;
            start = end + 1;
            end = chunk.indexOf(10, start);
        }
        if (start < chunk.length && !dropping) {
            carry.push(chunk.subarray(start));
            carried += chunk.length - start;
            if (carried > maxLine) {
                onOversized();
                dropping = true;
                carry = [];
                carried = 0;
            }
        }
    }
    if (carried > 0)
        onLine(Buffer.concat(carry, carried));
}

;// CONCATENATED MODULE: ./src/logs/tally.ts
/**
 * Bounded counting for summaries (DESIGN.md, "Bounded memory"): a table keeps at most a fixed
 * number of distinct keys however many the log holds, and says how much it could not place.
 */
/** The key that collects everything a capped table did not keep. */
const OTHER = '(other)';
/** Keys come from the log, which may hold anything: a key longer than this is cut. */
const MAX_KEY_LENGTH = 256;
/** A key from the log made fit for a table: cut to {@link MAX_KEY_LENGTH} characters. */
function fitKey(key) {
    return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 1)}…` : key;
}
/**
 * A counter with at most `keep` distinct keys in memory. Once full, new keys count under
 * `(other)`: the keys seen first keep exact counts, which is what a log with a few hot keys needs.
 */
class Tally {
    keep;
    #counts = new Map();
    #other = 0;
    #total = 0;
    constructor(keep = 10_000) {
        this.keep = keep;
    }
    /** Counts one (or `n`) of `key`. */
    add(key, n = 1) {
        this.#total += n;
        const known = this.#counts.get(key);
        if (known !== undefined)
            this.#counts.set(key, known + n);
        else if (this.#counts.size < this.keep)
            this.#counts.set(fitKey(key), n);
        else
            this.#other += n;
    }
    /** Everything counted, placed or not. */
    get total() {
        return this.#total;
    }
    /** How many distinct keys are held. */
    get size() {
        return this.#counts.size;
    }
    /** The `top` largest entries, largest first (ties by key), the rest summed under `(other)`. */
    top(top) {
        const sorted = [...this.#counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const result = {};
        let other = this.#other;
        sorted.forEach(([key, count], i) => {
            if (i < top)
                result[key] = count;
            else
                other += count;
        });
        if (other > 0)
            result[OTHER] = (result[OTHER] ?? 0) + other;
        return result;
    }
}
/** A list that keeps the first `keep` items and counts every one. */
class FirstItems {
    keep;
    items = [];
    total = 0;
    constructor(keep = 100) {
        this.keep = keep;
    }
    add(make) {
        this.total++;
        if (this.items.length < this.keep)
            this.items.push(make());
    }
}
/** The `keep` largest items by a score, largest first; memory stays at `keep` items. */
class LargestItems {
    keep;
    #items = [];
    constructor(keep = 20) {
        this.keep = keep;
    }
    /** True when an item of this score would be kept: lets a caller skip building it. */
    wants(score) {
        const last = this.#items[this.keep - 1];
        return this.#items.length < this.keep || (last !== undefined && score > last.score);
    }
    add(score, item) {
        if (!this.wants(score))
            return;
        let i = this.#items.length;
        while (i > 0 && (this.#items[i - 1]?.score ?? 0) < score)
            i--;
        this.#items.splice(i, 0, { score, item });
        if (this.#items.length > this.keep)
            this.#items.pop();
    }
    get items() {
        return this.#items.map((x) => x.item);
    }
}

;// CONCATENATED MODULE: ./src/logs/request-facts.ts


const request_facts_text = (value) => (typeof value === 'string' ? fitKey(value) : '');
const GO_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1e3,
    m: 6e4,
    h: 3.6e6,
};
/** A Go duration (`1.5ms`, `2m3.1s`) in milliseconds, as the latency annotations write them; NaN if not one. */
function goDurationMs(value) {
    const parts = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(value)
        ? value.match(/\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h)/g)
        : null;
    if (!parts)
        return NaN;
    return parts.reduce((sum, part) => {
        const [, n = '0', unit = 's'] = /^(\d+(?:\.\d+)?)(.*)$/.exec(part) ?? [];
        return sum + Number(n) * (GO_UNITS[unit] ?? NaN);
    }, 0);
}
/** The path of a request URI without its query string (which may hold exec commands). */
function pathOf(uri) {
    const q = uri.indexOf('?');
    return q === -1 ? uri : uri.slice(0, q);
}
/** True for a parsed line that is an audit event; anything else is a skipped line. */
function isEvent(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof value.stage === 'string');
}
/** The facts of one event. */
function factsOf(event) {
    const ref = typeof event.objectRef === 'object' && event.objectRef ? event.objectRef : {};
    const status = typeof event.responseStatus === 'object' && event.responseStatus ? event.responseStatus : {};
    const notes = typeof event.annotations === 'object' && event.annotations ? event.annotations : {};
    const time = request_facts_text(eventTime(event));
    const user = request_facts_text(safe(() => subjectOf(event)));
    const groups = safe(() => subjectGroups(event).filter((g) => typeof g === 'string'), []);
    const deprecated = notes['k8s.io/deprecated'] === 'true';
    const latency = notes['apiserver.latency.k8s.io/total'];
    return {
        auditID: request_facts_text(event.auditID),
        stage: request_facts_text(event.stage),
        time,
        ms: Date.parse(time),
        verb: request_facts_text(event.verb),
        resource: request_facts_text(safe(() => resourceOf(event)) ?? pathOf(request_facts_text(event.requestURI))),
        namespace: request_facts_text(ref.namespace),
        name: request_facts_text(ref.name),
        user,
        component: isComponent(user, groups),
        code: typeof status.code === 'number' ? String(status.code) : '',
        userAgent: request_facts_text(event.userAgent),
        level: request_facts_text(event.level),
        reason: request_facts_text(notes['authorization.k8s.io/reason']),
        message: request_facts_text(status.message),
        deprecatedApi: deprecated
            ? fitKey(`${request_facts_text(ref.apiGroup) ? `${request_facts_text(ref.apiGroup)}/` : ''}${request_facts_text(ref.apiVersion)} ${request_facts_text(ref.resource)}`)
            : '',
        removedRelease: request_facts_text(notes['k8s.io/removed-release']),
        latencyMs: typeof latency === 'string' ? goDurationMs(latency) : NaN,
    };
}
/** The shared helpers assume well-typed fields; a hostile event must not throw out of the summary. */
function safe(fn, fallback) {
    try {
        return fn();
    }
    catch {
        return fallback;
    }
}

;// CONCATENATED MODULE: ./src/logs/summary-shape.ts
const MAX_BUCKETS = 60;

;// CONCATENATED MODULE: ./src/logs/timeline.ts

const MINUTE = 60_000;
/** Distinct minutes held; a log that spans more (or a hostile time) counts the rest as unplaced. */
const MAX_MINUTES = 50_000;
const MAX_NODES = 64;
/** Requests per minute per node, folded at the end into at most {@link MAX_BUCKETS} buckets. */
class TimelineCounter {
    #minutes = new Map();
    #nodes = new Set();
    #unplaced = 0;
    add(ms, node) {
        if (!Number.isFinite(ms)) {
            this.#unplaced++;
            return;
        }
        const minute = Math.floor(ms / MINUTE);
        let byNode = this.#minutes.get(minute);
        if (!this.#nodes.has(node) && this.#nodes.size >= MAX_NODES) {
            this.#unplaced++;
            return;
        }
        if (!byNode) {
            if (this.#minutes.size >= MAX_MINUTES) {
                this.#unplaced++;
                return;
            }
            byNode = new Map();
            this.#minutes.set(minute, byNode);
        }
        this.#nodes.add(node);
        byNode.set(node, (byNode.get(node) ?? 0) + 1);
    }
    result() {
        const minutes = [...this.#minutes.keys()];
        if (minutes.length === 0)
            return { start: null, bucketMinutes: 1, nodes: {}, unplaced: this.#unplaced };
        const first = minutes.reduce((a, b) => Math.min(a, b));
        const span = minutes.reduce((a, b) => Math.max(a, b)) - first + 1;
        const bucketMinutes = Math.max(1, Math.ceil(span / MAX_BUCKETS));
        const buckets = Math.ceil(span / bucketMinutes);
        const nodes = {};
        for (const node of [...this.#nodes].sort())
            nodes[node] = new Array(buckets).fill(0);
        for (const [minute, byNode] of this.#minutes) {
            const i = Math.floor((minute - first) / bucketMinutes);
            for (const [node, count] of byNode) {
                const series = nodes[node];
                if (series)
                    series[i] = (series[i] ?? 0) + count;
            }
        }
        return {
            start: new Date(first * MINUTE).toISOString(),
            bucketMinutes,
            nodes,
            unplaced: this.#unplaced,
        };
    }
}

;// CONCATENATED MODULE: ./src/logs/who-did-what.ts

/** Separates the parts of a row key; a tab cannot hide in a key because keys are split on the first two. */
const SEP = '\t';
/**
 * "Who did what": per subject, requests folded as verb × resource × namespace. Bounded: at most
 * `subjects` subjects and `rowsPerSubject` rows each are held; the rest count under `(other)`.
 */
class WhoDidWhat {
    maxSubjects;
    rowsPerSubject;
    #bySubject = new Map();
    #seen = new Set();
    constructor(maxSubjects = 200, rowsPerSubject = 1_000) {
        this.maxSubjects = maxSubjects;
        this.rowsPerSubject = rowsPerSubject;
    }
    /** How many subjects were seen (up to a bound of ten times those held). */
    get subjects() {
        return this.#seen.size;
    }
    add(subject, verb, resource, namespace) {
        let rows = this.#bySubject.get(subject);
        if (!rows) {
            if (this.#seen.size < this.maxSubjects * 10)
                this.#seen.add(subject);
            if (this.#bySubject.size >= this.maxSubjects)
                return;
            rows = new Tally(this.rowsPerSubject);
            this.#bySubject.set(subject, rows);
        }
        // Verb and resource never hold a tab in real logs; a hostile one only lands in namespace.
        rows.add([verb.replaceAll(SEP, ' '), resource.replaceAll(SEP, ' '), namespace].join(SEP));
    }
    /** Subjects by requests, largest first; each with its `top` largest rows. */
    result(top) {
        const subjects = [...this.#bySubject].sort((a, b) => b[1].total - a[1].total);
        const result = {};
        for (const [subject, tally] of subjects.slice(0, top)) {
            const activity = { requests: tally.total, rows: [], otherRequests: 0 };
            for (const [key, count] of Object.entries(tally.top(top))) {
                const [verb = '', resource = '', ...rest] = key.split(SEP);
                if (rest.length === 0)
                    activity.otherRequests += count;
                else
                    activity.rows.push({ verb, resource, namespace: rest.join(SEP), count });
            }
            result[subject] = activity;
        }
        return result;
    }
}

;// CONCATENATED MODULE: ./src/logs/summarize.ts





/** How many entries each table and list of summary.json keeps (the totals count everything). */
const SUMMARY_CAPS = {
    table: 100,
    list: 100,
    slowest: 20,
    /** auditIDs seen at a stage that does not end a request, waiting for the one that does. */
    pending: 50_000,
    nodes: 64,
    warnings: 20,
};
/**
 * The summary of an audit log, fed one line at a time: memory stays bounded at any log size.
 * A request counts once, at its last stage seen (DESIGN.md): final stages count at once; an
 * earlier stage waits, by auditID, for its final one, and counts as itself if none comes.
 */
class Summarizer {
    lines = 0;
    skipped = 0;
    events = 0;
    requests = 0;
    #first = { ms: Infinity, time: null };
    #last = { ms: -Infinity, time: null };
    #tables = {
        byVerb: new Tally(),
        byResource: new Tally(),
        byUser: new Tally(),
        byNamespace: new Tally(),
        byCode: new Tally(),
        byUserAgent: new Tally(),
        byLevel: new Tally(),
    };
    #denied = new FirstItems(SUMMARY_CAPS.list);
    #errors = new FirstItems(SUMMARY_CAPS.list);
    #deprecated = new Map();
    #deprecatedTotal = 0;
    #slowest = new LargestItems(SUMMARY_CAPS.slowest);
    #who = new WhoDidWhat();
    #timeline = new TimelineCounter();
    #pending = new Map();
    #nodes = new Map();
    #warnings = [];
    /** One line of a log (without its newline), from `node` when known. */
    add(line, node = '') {
        const text = typeof line === 'string' ? line : line.toString('utf8');
        if (text.trim() === '')
            return;
        this.lines++;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            this.skipped++;
            return;
        }
        if (!isEvent(value)) {
            this.skipped++;
            return;
        }
        this.addFacts(factsOf(value), node);
    }
    /** One event's facts (the fast path hands these in without a full parse). */
    addFacts(facts, node = '') {
        this.events++;
        const waiting = facts.auditID ? this.#pending.get(facts.auditID) : undefined;
        if (isFinalStage(facts.stage) || !facts.auditID) {
            if (waiting)
                this.#pending.delete(facts.auditID);
            this.#count(facts, node);
            return;
        }
        if (waiting) {
            if (stageRank(facts.stage) >= stageRank(waiting.facts.stage))
                waiting.facts = facts;
            return;
        }
        if (this.#pending.size >= SUMMARY_CAPS.pending) {
            // The oldest waiting request has most likely lost its final stage (a log cut off): count it.
            const [oldestId, oldest] = this.#pending.entries().next().value ?? [];
            if (oldestId !== undefined && oldest) {
                this.#pending.delete(oldestId);
                this.#count(oldest.facts, oldest.node);
            }
        }
        this.#pending.set(facts.auditID, { facts, node });
    }
    /** Files and bytes read for a node, which lines alone cannot tell. */
    addFile(node, bytes) {
        const entry = this.#node(node);
        if (!entry)
            return;
        entry.files++;
        entry.bytes += bytes;
    }
    /** Something reading met that a reader of the summary should know. */
    warn(message) {
        if (this.#warnings.length < SUMMARY_CAPS.warnings)
            this.#warnings.push(message);
    }
    /** A node known by its files alone: its requests were counted elsewhere (`null` fields). */
    markNodeUnattributed(node) {
        const entry = this.#node(node);
        if (entry)
            Object.assign(entry, { requests: null, first: null, last: null });
    }
    #node(node) {
        let entry = this.#nodes.get(node);
        if (!entry && this.#nodes.size < SUMMARY_CAPS.nodes) {
            entry = { files: 0, bytes: 0, requests: 0, first: null, last: null };
            this.#nodes.set(node, entry);
        }
        return entry;
    }
    #count(f, node) {
        this.requests++;
        const t = this.#tables;
        t.byVerb.add(f.verb || '(none)');
        t.byResource.add(f.resource || '(none)');
        t.byUser.add(f.user || '(none)');
        t.byNamespace.add(f.namespace || '(cluster)');
        t.byCode.add(f.code || '(none)');
        t.byUserAgent.add(f.userAgent || '(none)');
        t.byLevel.add(f.level || '(none)');
        const row = () => ({
            time: f.time,
            user: f.user,
            verb: f.verb,
            resource: f.resource,
            namespace: f.namespace,
            name: f.name,
        });
        if (f.code === '403')
            this.#denied.add(() => ({ ...row(), reason: f.reason }));
        if (f.code.length === 3 && f.code.startsWith('5'))
            this.#errors.add(() => ({ ...row(), code: Number(f.code), message: f.message }));
        if (f.deprecatedApi)
            this.#addDeprecated(f);
        if (Number.isFinite(f.latencyMs) && this.#slowest.wants(f.latencyMs))
            this.#slowest.add(f.latencyMs, { ...row(), latencyMs: f.latencyMs, code: f.code });
        if (!f.component && f.user)
            this.#who.add(f.user, f.verb, f.resource, f.namespace);
        this.#timeline.add(f.ms, node);
        if (f.ms < this.#first.ms)
            this.#first = { ms: f.ms, time: f.time };
        if (f.ms > this.#last.ms)
            this.#last = { ms: f.ms, time: f.time };
        // Events read without a node (the merged log) count in the totals, not for a node.
        const entry = node ? this.#node(node) : undefined;
        if (entry && entry.requests !== null) {
            entry.requests++;
            if (!Number.isNaN(f.ms)) {
                if (entry.first === null || f.ms < Date.parse(entry.first))
                    entry.first = f.time;
                if (entry.last === null || f.ms > Date.parse(entry.last))
                    entry.last = f.time;
            }
        }
    }
    #addDeprecated(f) {
        this.#deprecatedTotal++;
        const key = `${f.user}\n${f.deprecatedApi}`;
        const known = this.#deprecated.get(key);
        if (known)
            known.count++;
        else if (this.#deprecated.size < SUMMARY_CAPS.list)
            this.#deprecated.set(key, {
                user: f.user,
                api: f.deprecatedApi,
                removedRelease: f.removedRelease,
                count: 1,
            });
    }
    /** The summary. Requests still waiting for a final stage count now, at the last stage seen. */
    result() {
        for (const { facts, node } of this.#pending.values())
            this.#count(facts, node);
        this.#pending.clear();
        const t = this.#tables;
        const top = (tally) => tally.top(SUMMARY_CAPS.table);
        return {
            requests: this.requests,
            lines: this.lines,
            skipped: this.skipped,
            events: this.events,
            first: this.#first.time,
            last: this.#last.time,
            byVerb: top(t.byVerb),
            byResource: top(t.byResource),
            byUser: top(t.byUser),
            byNamespace: top(t.byNamespace),
            byCode: top(t.byCode),
            byUserAgent: top(t.byUserAgent),
            byLevel: top(t.byLevel),
            denied: this.#denied.items,
            deniedTotal: this.#denied.total,
            errors5xx: this.#errors.items,
            errors5xxTotal: this.#errors.total,
            deprecated: [...this.#deprecated.values()].sort((a, b) => b.count - a.count),
            deprecatedTotal: this.#deprecatedTotal,
            slowest: this.#slowest.items,
            whoDidWhat: this.#who.result(SUMMARY_CAPS.list),
            whoDidWhatSubjects: this.#who.subjects,
            nodes: Object.fromEntries([...this.#nodes].sort(([a], [b]) => (a < b ? -1 : 1))),
            timeline: this.#timeline.result(),
            warnings: [...this.#warnings],
        };
    }
}

;// CONCATENATED MODULE: ./src/logs/summarize-files.ts








/** Files a folder is searched for: audit logs and JSON lines, plain or `.gz`. */
const LOG_NAME = /\.(log|jsonl|json)(\.gz)?$/;
/** Text beside the events in an artifact that holds none: the API server's own log, the summary. */
const NOT_EVENTS = new Set(['kube-apiserver.log', FILE_NAMES.summaryJson]);
const summarize_files_MAX_DEPTH = 4;
/** A path the user named that cannot be read: the CLI exits 2 for it (DESIGN.md). */
class InputPathError extends Error {
    name = 'InputPathError';
}
async function regularFiles(dir, depth = 0) {
    const found = [];
    for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
        const full = external_node_path_default().join(dir, entry.name);
        // Dirent types come from lstat: links are neither files nor folders here, so never followed.
        if (entry.isDirectory() && depth < summarize_files_MAX_DEPTH)
            found.push(...(await regularFiles(full, depth + 1)));
        else if (entry.isFile() && LOG_NAME.test(entry.name) && !NOT_EVENTS.has(entry.name))
            found.push(full);
    }
    return found;
}
/** Files of a folder in write order per subfolder, each with its node: the subfolder below `dir`. */
async function folderSources(dir, summarizer) {
    const merged = external_node_path_default().join(dir, FILE_NAMES.merged);
    const mergedStat = await (0,promises_namespaceObject.lstat)(merged).catch(() => undefined);
    const files = await regularFiles(dir);
    const nodeOf = (file) => external_node_path_default().relative(dir, file).split((external_node_path_default()).sep)[0] ?? '';
    const inFolder = (file) => external_node_path_default().relative(dir, file).includes((external_node_path_default()).sep);
    if (mergedStat?.isFile()) {
        // An artifact: audit.jsonl holds every node's events; the raw copies would count them twice,
        // so they give their node's files and bytes only.
        for (const file of files.filter(inFolder)) {
            const node = nodeOf(file);
            summarizer.addFile(node, (await (0,promises_namespaceObject.lstat)(file)).size);
            summarizer.markNodeUnattributed(node);
        }
        return [{ file: merged, node: '', bytes: mergedStat.size }];
    }
    const byFolder = new Map();
    for (const file of files) {
        const folder = external_node_path_default().dirname(file);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), external_node_path_default().basename(file)]);
    }
    const sources = [];
    for (const [folder, names] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1))) {
        for (const name of byWriteOrder(names)) {
            const file = external_node_path_default().join(folder, name);
            const node = inFolder(file) ? nodeOf(file) : external_node_path_default().basename(external_node_path_default().resolve(dir));
            sources.push({ file, node, bytes: (await (0,promises_namespaceObject.lstat)(file)).size });
        }
    }
    return sources;
}
/** Reads one file into the summary, line by line; a damaged `.gz` tail is a warning, not a failure. */
async function readInto(summarizer, source) {
    const handle = await (0,promises_namespaceObject.open)(source.file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    const raw = (0,external_node_fs_namespaceObject.createReadStream)('', { fd: handle, highWaterMark: 1024 * 1024 });
    const input = source.file.endsWith('.gz') ? raw.pipe((0,external_node_zlib_namespaceObject.createGunzip)()) : raw;
    if (source.node)
        summarizer.addFile(source.node, source.bytes);
    try {
        await forEachLine(input, (line) => summarizer.add(line, source.node), () => {
            summarizer.lines++;
            summarizer.skipped++;
            summarizer.warn(`${source.file}: a line too long to be an event was skipped`);
        });
    }
    catch (error) {
        summarizer.warn(`${source.file}: read stopped early: ${error.message}`);
    }
    finally {
        raw.destroy();
    }
}
/**
 * The summary of audit files and folders, plain or `.gz`, read as streams (memory stays flat).
 * A folder is searched for logs; its subfolders are nodes. An artifact folder (one holding
 * `audit.jsonl`) is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. A file named directly
 * counts for the node of its folder's name.
 */
async function summarizeFiles(paths) {
    const summarizer = new Summarizer();
    const sources = [];
    for (const given of paths) {
        const stat = await (0,promises_namespaceObject.lstat)(given).catch(() => undefined);
        if (stat?.isDirectory())
            sources.push(...(await folderSources(given, summarizer)));
        else if (stat?.isFile())
            sources.push({
                file: given,
                node: external_node_path_default().basename(external_node_path_default().dirname(external_node_path_default().resolve(given))),
                bytes: stat.size,
            });
        else
            throw new InputPathError(`${given}: ${stat ? 'not a regular file or folder' : 'no such file or folder'}`);
    }
    for (const source of sources)
        await readInto(summarizer, source);
    return summarizer.result();
}

;// CONCATENATED MODULE: ./src/steps/artifact.ts








/** Every regular file under `dir`, for the upload. */
async function filesUnder(dir) {
    const found = [];
    for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            found.push(...(await filesUnder(full)));
        else if (entry.isFile())
            found.push(full);
    }
    return found.sort();
}
/** The policy and the kind config beside the logs, when main got as far as writing them. */
async function copyInputs(state, outDir) {
    for (const [source, name] of [
        [state.policyPath, FILE_NAMES.policy],
        [state.kindConfigPath, FILE_NAMES.kindConfig],
    ]) {
        const text = await (0,promises_namespaceObject.readFile)(source, 'utf8').catch(() => undefined);
        if (text !== undefined)
            await writeFileNoFollow(external_node_path_default().join(outDir, name), text);
    }
}
/**
 * Builds the artifact folder (DESIGN.md, "Artifact layout") from the collected files: each node's
 * files redacted (or copied, with redaction off) into `<node>/`, every node's events merged by
 * time into `audit.jsonl`, `summary.json` and `summary.md`, and the policy and kind config.
 * Redaction happens before anything is merged, summarised or uploaded: no file of the artifact
 * that holds events escapes it. Without raw files the per-node copies are made aside and removed.
 */
async function buildArtifact(log, state, collected, outDir, options) {
    await makeDirs(outDir);
    await copyInputs(state, outDir);
    const perNodeRoot = options.rawFiles ? outDir : await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(state.dir, 'redacted-'));
    let redaction = options.redact ? emptyStats() : undefined;
    const nodes = [];
    try {
        for (const node of collected.nodes) {
            const dir = external_node_path_default().join(perNodeRoot, node.node);
            await makeDirs(dir);
            const files = [];
            for (const file of node.files) {
                const target = external_node_path_default().join(dir, external_node_path_default().basename(file.path));
                if (redaction)
                    redaction = addStats(redaction, await redactFile(file.path, target));
                else
                    await (0,promises_namespaceObject.copyFile)(file.path, target);
                files.push(target);
            }
            nodes.push({ node: node.node, files });
        }
        const merge = await mergeFiles(nodes, external_node_path_default().join(outDir, FILE_NAMES.merged), {
            onProblem: (file, message) => log.warning(`${file}: ${message}`, { title: 'kind-audit' }),
        });
        const summary = await summarizeFiles([outDir]);
        await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(outDir, FILE_NAMES.summaryJson), `${JSON.stringify(summary, null, 2)}\n`);
        await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(outDir, FILE_NAMES.summaryMd), renderSummary(summary, { clusterName: state.clusterName, policyOrigin: state.policyOrigin }));
        return { files: await filesUnder(outDir), summary, merge, redaction };
    }
    finally {
        if (!options.rawFiles)
            await (0,promises_namespaceObject.rm)(perNodeRoot, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/steps/assess.ts
/**
 * Decides what a collection's gaps mean. Post fails the job only when a log that main proved live
 * is lost — its bytes are neither in the runner folder nor in the node; everything else is a
 * warning, because post must never turn a green job red for a log that was never promised. A
 * deleted cluster is no loss while its logs are on the runner.
 */
function assessCollection(state, report) {
    const errors = [];
    const warnings = [];
    const verified = (node) => state.verifiedNodes.includes(node);
    if (state.controlPlaneNodes.length === 0) {
        // Main never saw a node: the create failed, and kind removed its nodes. Their runner folders
        // keep whatever the API servers wrote, and were collected; empty logs are no surprise here.
        warnings.push(`Cluster "${state.clusterName}" does not exist: \`kind create cluster\` did not finish, and kind removes the nodes of a failed create. ` +
            'What their API servers wrote before that is kept from the runner folders.');
        return { errors, warnings };
    }
    for (const node of report.nodes) {
        const lost = (message) => (verified(node.node) ? errors : warnings).push(message);
        const events = node.files.reduce((sum, f) => sum + f.events, 0);
        if (node.problem) {
            lost(`Could not copy the audit logs of ${node.node}: ${node.problem}`);
        }
        else if (node.files.length === 0) {
            const message = `No audit log was found in ${node.node} at ${state.auditLogPath}`;
            lost(verified(node.node)
                ? `${message}, although main had verified it: something removed it.`
                : `${message}.`);
        }
        else if (events === 0) {
            const message = `The audit log of ${node.node} holds no event`;
            lost(verified(node.node)
                ? `${message}, although main had verified it: something emptied it.`
                : `${message}.`);
        }
    }
    return { errors, warnings };
}

;// CONCATENATED MODULE: ./src/docker.ts
/** Runs a command inside a container; the result is returned whatever the exit code. */
function dockerExec(run, container, command) {
    return run('docker', ['exec', container, ...command]);
}
/**
 * `docker cp` arguments that write `source` from a container as a tar stream on stdout. A tar
 * stream, unlike a copy to disk, lets the caller decide what to write and how much to read; and
 * `docker cp` works on stopped containers too, so logs survive a node stopped before the job ends.
 */
function copyOutArgs(container, source) {
    return ['cp', `${container}:${source}`, '-'];
}
/** Starts `docker cp <container>:<source> -`; read the archive from its stdout. */
function streamFromContainer(stream, container, source) {
    return stream('docker', copyOutArgs(container, source));
}
/** True when `docker cp` failed because the container or the path in it does not exist. */
function isMissingSource(stderr) {
    return /no such (file|container)|could not find the file/i.test(stderr);
}

;// CONCATENATED MODULE: ./src/logs/tar-fields.ts
// The fields of a tar header and the records of a pax header, read strictly: a value that does not
// parse is a TarError, never a guess. Layout: POSIX ustar/pax (IEEE 1003.1-2017, "pax"); base-256
// numbers and signed checksums as GNU tar writes and accepts them.
const BLOCK = 512;
/** Thrown when the bytes are not a well-formed tar archive. */
class TarError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarError';
    }
}
/** A NUL-terminated (or full-width) text field of a header. */
function tar_fields_text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
}
/** Octal, or GNU's base-256 for values that do not fit (the high bit of the first byte set). */
function numeric(block, start, length, what) {
    const field = block.subarray(start, start + length);
    const first = field[0] ?? 0;
    if (first & 0x80) {
        if (first === 0xff)
            throw new TarError(`negative ${what} in a tar header`);
        let value = first & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        if (!Number.isSafeInteger(value))
            throw new TarError(`${what} too large in a tar header`);
        return value;
    }
    const digits = field
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new TarError(`bad ${what} ${JSON.stringify(digits.slice(0, 12))} in a tar header`);
    return parseInt(digits, 8);
}
/** The header checksum: every byte summed, the checksum field counted as spaces. */
function checksumMatches(block) {
    const stored = numeric(block, 148, 8, 'checksum');
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte; // some old writers summed signed chars
    }
    return stored === unsigned || stored === signed;
}
/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function paxRecords(payload) {
    const records = new Map();
    let pos = 0;
    while (pos < payload.length) {
        if (payload[pos] === 0)
            break; // padding some writers leave at the end
        const space = payload.indexOf(0x20, pos);
        const length = Number(payload.subarray(pos, space === -1 ? pos : space).toString('latin1'));
        const record = payload.subarray(pos, pos + length);
        if (space === -1 || !Number.isSafeInteger(length) || length <= space - pos + 1) {
            throw new TarError('malformed pax record');
        }
        if (record.length !== length || record[length - 1] !== 0x0a) {
            throw new TarError('malformed pax record');
        }
        const body = record.subarray(space - pos + 1, length - 1).toString('utf8');
        const eq = body.indexOf('=');
        if (eq <= 0)
            throw new TarError('malformed pax record');
        records.set(body.slice(0, eq), body.slice(eq + 1));
        pos += length;
    }
    return records;
}
/** The `size` record of a pax header: decimal, and it overrides the header's size field. */
function paxSize(value) {
    const size = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(size)) {
        throw new TarError(`bad pax size ${JSON.stringify(value.slice(0, 40))}`);
    }
    return size;
}

;// CONCATENATED MODULE: ./src/logs/tar.ts
// A streaming reader of tar archives, just enough for `docker cp <container>:<path> -`: ustar,
// GNU long names (`L`/`K`) and pax headers (`x`/`g`). It never buffers file contents, so memory
// stays flat at any archive size, and it checks every header, so a damaged or hostile stream is
// an error rather than a misread name. Format: POSIX pax/ustar (IEEE 1003.1-2017, "pax") and
// GNU tar's manual, "Basic Tar Format"; which types carry no data follows Go's archive/tar,
// which is what Docker writes the stream with.


const tar_BLOCK = 512;
/** Long names and pax records are kept in memory: real ones are a few KiB at most. */
const META_MAX = 1024 * 1024;
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file', // "contiguous file": a regular file everywhere that matters
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'char-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
};
const META_FLAGS = new Set(['L', 'K', 'x', 'g']);
/**
 * Push parser: feed chunks in order with {@link TarReader.push}, act on the events each one
 * yields (content arrives as slices of the chunk, valid until the next push), then call
 * {@link TarReader.finish}. Throws {@link TarError} on a damaged header.
 */
class TarReader {
    state = 'header';
    header = Buffer.alloc(tar_BLOCK);
    headerFill = 0;
    /** Content (or padding) bytes still to come for the current member. */
    remaining = 0;
    padding = 0;
    metaFlag = '';
    metaParts = [];
    longName;
    longLink;
    pax = new Map();
    paxGlobal = new Map();
    /** The member whose content is being read, if any. */
    current;
    /** Content bytes of {@link current} read so far. */
    currentRead = 0;
    /** Events found in `chunk`. Consume them before pushing the next chunk. */
    *push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const available = chunk.length - offset;
            switch (this.state) {
                case 'header': {
                    let block;
                    if (this.headerFill === 0 && available >= tar_BLOCK) {
                        block = chunk.subarray(offset, offset + tar_BLOCK);
                        offset += tar_BLOCK;
                    }
                    else {
                        const n = Math.min(tar_BLOCK - this.headerFill, available);
                        chunk.copy(this.header, this.headerFill, offset, offset + n);
                        this.headerFill += n;
                        offset += n;
                        if (this.headerFill < tar_BLOCK)
                            break;
                        this.headerFill = 0;
                        block = this.header;
                    }
                    yield* this.onHeader(block);
                    break;
                }
                case 'data': {
                    const n = Math.min(this.remaining, available);
                    this.remaining -= n;
                    this.currentRead += n;
                    yield { kind: 'data', bytes: chunk.subarray(offset, offset + n) };
                    offset += n;
                    if (this.remaining === 0)
                        yield* this.endMember();
                    break;
                }
                case 'meta': {
                    const n = Math.min(this.remaining, available);
                    this.metaParts.push(Buffer.from(chunk.subarray(offset, offset + n)));
                    this.remaining -= n;
                    offset += n;
                    if (this.remaining === 0)
                        this.onMeta();
                    break;
                }
                case 'padding': {
                    const n = Math.min(this.padding, available);
                    this.padding -= n;
                    offset += n;
                    if (this.padding === 0)
                        this.state = 'header';
                    break;
                }
                case 'end':
                    return; // anything after the end-of-archive block is not part of it
            }
        }
    }
    /** Whether the archive ended properly; when not, what it was in the middle of. */
    finish() {
        return { complete: this.state === 'end', inside: this.current };
    }
    *onHeader(block) {
        if (block.every((byte) => byte === 0)) {
            this.state = 'end'; // the first zero block ends the archive, as GNU tar reads it
            return;
        }
        if (!checksumMatches(block))
            throw new TarError('tar header checksum mismatch');
        const flag = String.fromCharCode(block[156] ?? 0);
        const headerSize = numeric(block, 124, 12, 'size');
        const padding = (tar_BLOCK - (headerSize % tar_BLOCK)) % tar_BLOCK;
        if (META_FLAGS.has(flag)) {
            if (headerSize > META_MAX) {
                throw new TarError(`a tar metadata member of ${headerSize} bytes is larger than allowed`);
            }
            this.metaFlag = flag;
            this.metaParts = [];
            this.remaining = headerSize;
            this.padding = padding;
            this.state = 'meta';
            if (headerSize === 0)
                this.onMeta();
            return;
        }
        const magic = block.toString('latin1', 257, 263);
        // Only POSIX ustar has a prefix field; GNU's magic ("ustar  ") uses those bytes otherwise.
        const prefix = magic === 'ustar\0' ? tar_fields_text(block, 345, 155) : '';
        const headerName = prefix ? `${prefix}/${tar_fields_text(block, 0, 100)}` : tar_fields_text(block, 0, 100);
        const type = TYPES[flag] ?? 'other';
        const headerOnly = type !== 'file' && type !== 'other';
        const paxValue = (key) => this.pax.get(key) ?? this.paxGlobal.get(key);
        const sizeText = paxValue('size');
        const size = headerOnly ? 0 : sizeText ? paxSize(sizeText) : headerSize;
        const entry = {
            name: paxValue('path') || this.longName || headerName,
            type,
            flag,
            size,
            linkName: paxValue('linkpath') || this.longLink || tar_fields_text(block, 157, 100),
        };
        this.pax = new Map();
        this.longName = undefined;
        this.longLink = undefined;
        this.current = entry;
        this.currentRead = 0;
        this.remaining = size;
        this.padding = (tar_BLOCK - (size % tar_BLOCK)) % tar_BLOCK;
        yield { kind: 'entry', entry };
        if (size === 0)
            yield* this.endMember();
        else
            this.state = 'data';
    }
    *endMember() {
        this.current = undefined;
        this.state = this.padding > 0 ? 'padding' : 'header';
        yield { kind: 'entry-end' };
    }
    onMeta() {
        const payload = Buffer.concat(this.metaParts);
        this.metaParts = [];
        if (this.metaFlag === 'L' || this.metaFlag === 'K') {
            const end = payload.indexOf(0);
            const value = payload.subarray(0, end === -1 ? payload.length : end).toString('utf8');
            if (this.metaFlag === 'L')
                this.longName = value;
            else
                this.longLink = value;
        }
        else {
            const records = paxRecords(payload);
            const target = this.metaFlag === 'g' ? this.paxGlobal : this.pax;
            for (const [key, value] of records)
                target.set(key, value);
        }
        this.state = this.padding > 0 ? 'padding' : 'header';
    }
}

;// CONCATENATED MODULE: ./src/logs/extract.ts




/**
 * Created, never opened: if the name exists (even as a dangling link) the open fails, so no byte
 * is ever written through a link. 0600: audit events hold secrets.
 */
const CREATE_FLAGS = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | external_node_fs_namespaceObject.constants.O_NOFOLLOW;
const FILE_MODE = 0o600;
/**
 * Synchronous on purpose: measured here, an awaited write per 64 KiB chunk made collection 1.7×
 * as slow as a plain `docker cp`; a write to the page cache is shorter than the event-loop hop.
 */
function extract_writeAll(handle, bytes) {
    let done = 0;
    while (done < bytes.length)
        done += (0,external_node_fs_namespaceObject.writeSync)(handle.fd, bytes, done, bytes.length - done);
}
/**
 * Reads a tar stream and writes the members `judge` collects into `dir`, content streamed
 * straight to disk. Reading stops at `maxBytes` of stream (a hostile node cannot fill the runner);
 * the file being written then keeps the part that was read, which readers of audit logs handle
 * like a line cut while being written. Never throws for damaged input: what was written stays,
 * and the result says where reading stopped.
 */
async function extractFiles(chunks, options) {
    const reader = new TarReader();
    const result = {
        files: [],
        refused: [],
        bytesRead: 0,
        capped: false,
        stoppedEarly: false,
        inside: undefined,
        insideRead: 0,
        complete: false,
        error: undefined,
    };
    let sink;
    const closeSink = async (complete) => {
        if (!sink)
            return;
        sink.file.complete = complete;
        await sink.handle.close();
        sink = undefined;
    };
    try {
        for await (const chunk of chunks) {
            const room = options.maxBytes - result.bytesRead;
            const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
            result.bytesRead += part.length;
            for (const event of reader.push(part)) {
                if (event.kind === 'data') {
                    if (sink) {
                        extract_writeAll(sink.handle, event.bytes);
                        sink.file.bytes += event.bytes.length;
                    }
                }
                else if (event.kind === 'entry-end') {
                    await closeSink(true);
                }
                else {
                    sink = await startEntry(event.entry, options, result);
                }
            }
            if (part.length < chunk.length) {
                // Bytes after the archive's end (GNU tar pads to 10 KiB) are no loss: that is no cap.
                result.capped = !reader.finish().complete;
                result.stoppedEarly = true;
                break;
            }
        }
    }
    catch (error) {
        if (!(error instanceof TarError))
            throw error;
        result.error = error;
        result.stoppedEarly = true;
    }
    finally {
        await closeSink(false);
    }
    const end = reader.finish();
    result.complete = end.complete;
    result.inside = end.inside;
    result.insideRead = end.inside ? reader.currentRead : 0;
    return result;
}
/** Opens the file for a member that is collected; records a refusal otherwise. */
async function startEntry(entry, options, result) {
    const verdict = options.judge(entry);
    if (verdict.action === 'ignore')
        return undefined;
    if (verdict.action === 'refuse') {
        result.refused.push({ name: verdict.name, what: verdict.what });
        return undefined;
    }
    if (result.files.some((f) => f.name === verdict.name)) {
        // A second member of the same name: keep the first, do not mix their bytes.
        result.refused.push({ name: verdict.name, what: 'a second archive member of that name' });
        return undefined;
    }
    const file = { name: verdict.name, bytes: 0, complete: false };
    const handle = await (0,promises_namespaceObject.open)(external_node_path_default().join(options.dir, verdict.name), CREATE_FLAGS, FILE_MODE);
    result.files.push(file);
    return { handle, file };
}

;// CONCATENATED MODULE: ./src/logs/collect.ts








/** Default for how much is read from one node: a hostile cluster cannot fill the runner's disk. */
const NODE_READ_CAP = 4 * 1024 ** 3;
/** `4 GiB`, `64 KiB`, `1000 bytes`: the cap as a user would have written it. */
function formatCap(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
/** Why the copy did not reach the archive's end, in a user's words; undefined when it did. */
function stopWarning(node, logDir, extracted, exit, maxBytes) {
    const cut = extracted.files.find((f) => !f.complete);
    const at = cut
        ? ` inside ${logDir}/${cut.name}: its first ${cut.bytes} bytes were kept`
        : extracted.inside
            ? ` inside ${quoted(nodePath(extracted.inside.name, logDir))}`
            : '';
    const rest = 'audit files after that point were not collected.';
    if (extracted.capped) {
        return `${node}: stopped reading ${logDir} at the ${formatCap(maxBytes)} per-node cap${at}; ${rest}`;
    }
    if (extracted.error) {
        return `${node}: the copy of ${logDir} is damaged (${extracted.error.message})${at}; ${rest}`;
    }
    if (!extracted.stoppedEarly && exit.code !== 0) {
        const why = tail(exit.stderr, 3).replace(/\s*\n\s*/g, ' ');
        return `${node}: \`docker cp\` of ${logDir} failed partway (exit code ${exit.code}: ${why})${at}; ${rest}`;
    }
    if (!extracted.complete)
        return `${node}: the copy of ${logDir} ended early${at}; ${rest}`;
    return undefined;
}
/**
 * Copies the audit log and its rotated siblings out of one node into `destDir`, from the tar
 * stream of `docker cp <node>:<log folder> -` (which works on stopped containers too). Only
 * regular files with audit names directly in the folder are written, each created afresh
 * (never through a link, mode 0600); links, FIFOs, devices and folders with those names are
 * skipped with a warning. At most `maxBytes` are read: a file cut by the cap keeps the part read.
 * A missing node or folder gives no files and no warning; `docker cp` failing before it wrote
 * anything throws.
 */
async function collectNodeAuditFiles(stream, node, logPath, destDir, options = {}) {
    const logDir = external_node_path_default().posix.dirname(logPath);
    const pattern = auditFilePattern(logPath);
    const maxBytes = options.maxBytes ?? NODE_READ_CAP;
    // The folder the files go to must be a real folder: a link there would redirect every write.
    await makeDirs(destDir);
    // A folder only this call writes in: nothing can have been planted in it beforehand.
    const staging = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(destDir, '.collect-'));
    try {
        const command = streamFromContainer(stream, node, logDir);
        const extracted = await extractFiles(command.stdout, {
            dir: staging,
            judge: (entry) => judgeEntry(entry, logDir, pattern),
            maxBytes,
        }).catch(async (error) => {
            // The runner could not write (disk full, …): end the copy rather than leave it running.
            command.stop();
            await command.exited;
            throw error;
        });
        if (extracted.stoppedEarly)
            command.stop();
        const exit = await command.exited;
        if (extracted.bytesRead === 0 && exit.code !== 0) {
            if (isMissingSource(exit.stderr))
                return { files: [], warnings: [] };
            throw new CommandError(commandLine('docker', copyOutArgs(node, logDir)), {
                code: exit.code,
                stdout: '',
                stderr: exit.stderr,
            });
        }
        const warnings = extracted.refused.map(({ name, what }) => name === ''
            ? `${node}: ${logDir} is ${what}, not a folder: nothing in it was collected.`
            : `${node}: skipped ${logDir}/${name}, ${what}: only regular files are collected.`);
        const stopped = stopWarning(node, logDir, extracted, exit, maxBytes);
        if (stopped)
            warnings.push(stopped);
        const bytes = new Map(extracted.files.map((f) => [f.name, f.bytes]));
        const files = [];
        for (const name of byWriteOrder([...bytes.keys()])) {
            // rename() replaces whatever has that name in destDir, a link included, without following it.
            const target = external_node_path_default().join(destDir, name);
            await (0,promises_namespaceObject.rename)(external_node_path_default().join(staging, name), target);
            files.push({ path: target, bytes: bytes.get(name) ?? 0 });
        }
        return { files, warnings };
    }
    finally {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./src/logs/count.ts



/** Counts events in an audit file, `.gz` or plain, streaming: memory stays flat at any size. Never throws on damaged content. */
async function countEvents(file) {
    const raw = (0,external_node_fs_namespaceObject.createReadStream)(file);
    const input = file.endsWith('.gz') ? raw.pipe((0,external_node_zlib_namespaceObject.createGunzip)()) : raw;
    const counts = { events: 0, requests: 0, unreadable: 0 };
    try {
        for await (const line of (0,external_node_readline_namespaceObject.createInterface)({ input, crlfDelay: Infinity })) {
            if (!line.trim())
                continue;
            let event;
            try {
                event = JSON.parse(line);
            }
            catch {
                counts.unreadable++;
                continue;
            }
            if (typeof event !== 'object' || event === null || !('stage' in event)) {
                counts.unreadable++;
                continue;
            }
            counts.events++;
            const stage = event.stage;
            if (stage === 'ResponseComplete' || stage === 'Panic')
                counts.requests++;
        }
    }
    catch {
        // A .gz cut off mid-write (still being compressed, or the node died) ends in a stream error:
        // the events read so far stand, and the damaged tail counts as one unreadable part.
        counts.unreadable++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/logs/runner-folder.ts







/**
 * Makes a runner folder per control-plane node, to be mounted as the node's log folder, each
 * holding the audit log already, empty. kube-apiserver keeps an existing file's mode and owner
 * when it opens it, and lumberjack gives rotated files the old file's mode and owner (FACTS §2),
 * so the files stay readable by the user who made them — the runner's, not root — for the whole
 * run, rotations included, without sudo. Returns the folders, in the order of `nodes`.
 */
async function prepareLogFolders(root, nodes, logPath) {
    await makeDirs(root);
    const folders = [];
    for (const node of nodes) {
        const folder = external_node_path_default().join(root, node);
        await (0,promises_namespaceObject.mkdir)(folder, { mode: 0o755 });
        // 'wx': created here, never opened through something already there.
        await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(folder, external_node_path_default().posix.basename(logPath)), '', {
            flag: 'wx',
            mode: 0o644,
        });
        folders.push(folder);
    }
    return folders;
}
/** O_NOFOLLOW: a link planted by the cluster fails to open; O_NONBLOCK: a FIFO does not hang. */
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
const runner_folder_CREATE_FLAGS = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | external_node_fs_namespaceObject.constants.O_NOFOLLOW;
/** Copies at most `limit` bytes from `source` (an open regular file) to a new file `target`. */
async function copyCapped(source, target, limit) {
    const out = await (0,promises_namespaceObject.open)(target, runner_folder_CREATE_FLAGS, 0o600);
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let copied = 0;
    try {
        while (copied < limit) {
            const want = Math.min(buffer.length, limit - copied);
            const { bytesRead } = await source.read(buffer, 0, want, copied);
            if (bytesRead === 0)
                break;
            await out.write(buffer, 0, bytesRead);
            copied += bytesRead;
        }
    }
    finally {
        await out.close();
    }
    return copied;
}
/**
 * Copies a node's audit files from its runner folder into `destDir`. The folder is written by root
 * inside a cluster that runs the code under test, so each file is opened without following links
 * and kept only when it is a regular file with one link; everything else with an audit name is a
 * warning. At most `maxBytes` are copied in all; a file cut there keeps the part copied.
 */
async function collectFromRunnerFolder(node, folder, logPath, destDir, maxBytes) {
    const pattern = auditFilePattern(logPath);
    const warnings = [];
    const info = await (0,promises_namespaceObject.lstat)(folder);
    if (!info.isDirectory()) {
        return {
            files: [],
            warnings: [`${node}: ${folder} is no longer a folder: nothing in it was collected.`],
        };
    }
    await makeDirs(destDir);
    const staging = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(destDir, '.collect-'));
    const files = [];
    let budget = maxBytes;
    try {
        const names = byWriteOrder((await (0,promises_namespaceObject.readdir)(folder)).filter((n) => pattern.test(n)));
        for (const name of names) {
            const where = `${node}: ${quoted(external_node_path_default().join(folder, name))}`;
            let source;
            try {
                source = await (0,promises_namespaceObject.open)(external_node_path_default().join(folder, name), READ_FLAGS);
            }
            catch (error) {
                const code = error.code;
                warnings.push(`${where} was skipped: ${code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${code})`}; only regular files are collected.`);
                continue;
            }
            try {
                const stat = await source.stat();
                if (!stat.isFile() || stat.nlink > 1) {
                    const what = stat.isFile()
                        ? 'a hard link'
                        : stat.isFIFO()
                            ? 'a FIFO'
                            : stat.isDirectory()
                                ? 'a folder'
                                : 'not a regular file';
                    warnings.push(`${where} was skipped: it is ${what}; only regular files are collected.`);
                    continue;
                }
                if (budget <= 0) {
                    warnings.push(`${where} was not collected: the ${formatCap(maxBytes)} per-node cap was reached.`);
                    continue;
                }
                const copied = await copyCapped(source, external_node_path_default().join(staging, name), budget);
                budget -= copied;
                if (copied < stat.size && budget <= 0)
                    warnings.push(`${where}: stopped at the ${formatCap(maxBytes)} per-node cap; its first ${copied} bytes were kept.`);
                const target = external_node_path_default().join(destDir, name);
                await (0,promises_namespaceObject.rename)(external_node_path_default().join(staging, name), target);
                files.push({ path: target, bytes: copied });
            }
            finally {
                await source.close();
            }
        }
    }
    finally {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
    }
    return { files, warnings };
}

;// CONCATENATED MODULE: ./src/steps/collect.ts







/** The control-plane nodes to collect: those main knew, those that exist, those with a runner folder. */
async function nodesToCollect(state, containers) {
    let folders = [];
    try {
        folders = (await (0,promises_namespaceObject.readdir)(state.logDir, { withFileTypes: true }))
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name);
    }
    catch {
        // No runner folder: main stopped before making it.
    }
    const names = new Set([
        ...state.controlPlaneNodes,
        ...containers.filter((c) => c.role === 'control-plane').map((c) => c.name),
        ...folders,
    ]);
    return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
/** True when the runner folder of the node exists (as a folder, not through a link). */
async function hasRunnerFolder(folder) {
    try {
        return (await (0,promises_namespaceObject.lstat)(folder)).isDirectory();
    }
    catch {
        return false;
    }
}
async function collectNode(stream, log, state, node, container, outDir) {
    const base = {
        node,
        container: container ? (container.running ? 'running' : 'stopped') : 'gone',
    };
    const folder = external_node_path_default().join(state.logDir, node);
    const source = (await hasRunnerFolder(folder)) ? 'runner' : 'node';
    try {
        if (source === 'node' && !container)
            return { ...base, source, files: [], problem: 'the node and its runner folder are gone' };
        const destDir = external_node_path_default().join(outDir, node);
        const { files, warnings } = source === 'runner'
            ? await collectFromRunnerFolder(node, folder, state.auditLogPath, destDir, NODE_READ_CAP)
            : await collectNodeAuditFiles(stream, node, state.auditLogPath, destDir);
        warnings.forEach((w) => log.warning(w, { title: 'kind-audit' }));
        const counted = await Promise.all(files.map(async (f) => ({ ...f, ...(await countEvents(f.path)) })));
        return { ...base, source, files: counted };
    }
    catch (error) {
        return {
            ...base,
            source,
            files: [],
            problem: error instanceof Error ? error.message : String(error),
        };
    }
}
/**
 * Copies every audit file of every control-plane node into `outDir` (a folder on the runner that
 * is never uploaded as it is: the artifact is built from it): from the runner folder that
 * was the node's log folder when there is one (it outlasts the node), else from the node itself,
 * running or stopped. Never throws for a node: a node's failure is in its report, so the other
 * nodes' logs survive. When Docker cannot be asked, the runner folders are still read.
 */
async function collectLogs(run, stream, log, state, outDir) {
    await makeDirs(outDir);
    let containers = [];
    try {
        containers = await listNodes(run, state.clusterName);
    }
    catch (error) {
        log.warning(`Could not list the cluster's containers, so only the runner's copies of the logs are read: ${error instanceof Error ? error.message : String(error)}`, { title: 'kind-audit' });
    }
    const nodes = [];
    for (const node of await nodesToCollect(state, containers)) {
        log.debug(`collecting ${state.auditLogPath} and rotated files of ${node}`);
        const container = containers.find((c) => c.name === node);
        nodes.push(await collectNode(stream, log, state, node, container, outDir));
    }
    return { nodes, outDir, files: nodes.flatMap((n) => n.files.map((f) => f.path)) };
}

;// CONCATENATED MODULE: ./src/steps/post.ts








/**
 * The post routine, shared by the action and the CLI: collect every node's audit files, build the
 * artifact from them (redacted, merged by time, summarised), decide what the gaps mean (warnings
 * are logged here, once each), publish, and write the page. Errors are returned, not logged, so
 * each front end reports them exactly once.
 */
async function finishRun(run, stream, log, state, targets) {
    // The raw copies stay on the runner, outside the artifact: only what buildArtifact made leaves.
    const collectDir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(state.dir, 'collected-'));
    try {
        const report = await log.group(`Collecting audit logs of cluster "${state.clusterName}"`, async () => {
            const collected = await collectLogs(run, stream, log, state, collectDir);
            for (const node of collected.nodes) {
                const files = node.files.map((f) => `${external_node_path_default().basename(f.path)} (${f.bytes} bytes, ${f.events} events)`);
                log.info(`${node.node}: ${files.join(', ') || 'no audit files'}`);
            }
            return collected;
        });
        const { errors, warnings } = assessCollection(state, report);
        for (const warning of warnings)
            log.warning(warning, { title: 'kind-audit' });
        const artifact = await log.group('Building the artifact', () => buildArtifact(log, state, report, targets.outDir, targets));
        for (const finding of findingAnnotations(artifact.summary))
            log.notice(finding, { title: 'kind-audit: audit log' });
        const destination = await targets.publish(artifact.files, targets.outDir);
        const t = totals(report.nodes.flatMap((n) => n.files));
        log.info(`Collected ${t.files} audit file(s), ${t.bytes} bytes, ${t.events} events from ${report.nodes.length} node(s); ${artifact.merge.events} events merged into audit.jsonl.`);
        const markdown = renderSummary(artifact.summary, {
            clusterName: state.clusterName,
            policyOrigin: state.policyOrigin,
            ...(destination.kind === 'artifact' && destination.url
                ? { artifactUrl: destination.url }
                : {}),
        }) + collectionMarkdown(report, destination, artifact.redaction);
        return { report, artifact, errors, destination, markdown };
    }
    finally {
        await (0,promises_namespaceObject.rm)(collectDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/verify/manifest.ts


function flagValue(argv, flag) {
    const prefix = `--${flag}=`;
    return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
/**
 * Reads the kube-apiserver manifest kubeadm wrote and lists what is missing: the two audit flags
 * with the guide's values, and the policy and log folders mounted from the node.
 */
function inspectManifest(text) {
    let pod;
    try {
        pod = ((0,dist/* parse */.qg)(text) ?? {});
    }
    catch (error) {
        return {
            flags: { 'audit-log-path': undefined, 'audit-policy-file': undefined },
            mountedHostPaths: [],
            problems: [`the manifest is not YAML: ${String(error)}`],
        };
    }
    const container = pod.spec?.containers?.find((c) => c.name === 'kube-apiserver');
    const argv = [...(container?.command ?? []), ...(container?.args ?? [])].map(String);
    const flags = {
        'audit-log-path': flagValue(argv, 'audit-log-path'),
        'audit-policy-file': flagValue(argv, 'audit-policy-file'),
    };
    const mountNames = new Set((container?.volumeMounts ?? []).map((m) => m.name));
    const mountedHostPaths = (pod.spec?.volumes ?? [])
        .filter((v) => v.hostPath?.path && mountNames.has(v.name))
        .map((v) => v.hostPath?.path ?? '');
    const problems = [];
    if (!container)
        problems.push('no kube-apiserver container in the manifest');
    const expected = {
        'audit-log-path': NODE_PATHS.logFile,
        'audit-policy-file': NODE_PATHS.policyFile,
    };
    for (const [flag, want] of Object.entries(expected)) {
        const got = flags[flag];
        if (got === undefined)
            problems.push(`--${flag} is missing`);
        else if (got !== want)
            problems.push(`--${flag} is ${got}, expected ${want}`);
    }
    for (const dir of [NODE_PATHS.policyDir, NODE_PATHS.logDir]) {
        if (!mountedHostPaths.includes(dir))
            problems.push(`no volume mounts ${dir} into the API server`);
    }
    return { flags, mountedHostPaths, problems };
}

;// CONCATENATED MODULE: ./src/verify/result.ts
/** The checks main runs on every control-plane node, in the order a person would debug them. */
const CHECK = {
    policyMounted: 'policy mounted',
    apiServerFlags: 'API server flags',
    logLive: 'audit log live',
};
/** One line for the log: `✓ kind-control-plane: policy mounted — same 63 bytes as …`. */
function formatCheck(result) {
    const mark = { pass: '✓', fail: '✗', skip: '–' }[result.outcome];
    return `${mark} ${result.node}: ${result.check} — ${result.evidence}`;
}

;// CONCATENATED MODULE: ./src/verify/checks.ts





/** The policy file inside the node must be the one written on the runner, byte for byte. */
async function checkPolicyMounted(run, node, policyText) {
    const result = await dockerExec(run, node, ['cat', NODE_PATHS.policyFile]);
    const base = { node, check: CHECK.policyMounted };
    if (result.code !== 0) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.policyFile} cannot be read in the node: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
        };
    }
    if (result.stdout !== policyText) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.policyFile} differs from the policy written on the runner (${result.stdout.length} bytes in the node, ${policyText.length} on the runner)`,
        };
    }
    return {
        ...base,
        outcome: 'pass',
        evidence: `${NODE_PATHS.policyFile} holds the same ${policyText.length} bytes as the runner's policy`,
    };
}
/** kubeadm's manifest must carry both audit flags and both volumes (the guide's troubleshooting step). */
async function checkApiServerFlags(run, node) {
    const result = await dockerExec(run, node, ['cat', NODE_PATHS.apiserverManifest]);
    const base = { node, check: CHECK.apiServerFlags };
    if (result.code !== 0) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.apiserverManifest} cannot be read: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
        };
    }
    const findings = inspectManifest(result.stdout);
    if (findings.problems.length > 0) {
        return { ...base, outcome: 'fail', evidence: findings.problems.join('; ') };
    }
    return {
        ...base,
        outcome: 'pass',
        evidence: `--audit-log-path=${findings.flags['audit-log-path']}, --audit-policy-file=${findings.flags['audit-policy-file']}, volumes for ${NODE_PATHS.policyDir} and ${NODE_PATHS.logDir}`,
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/verify/probe.ts






/** The identity kind's admin.conf authenticates as (kubeadm ≥ 1.29). */
const ADMIN = {
    user: 'kubernetes-admin',
    groups: ['kubeadm:cluster-admins', 'system:authenticated'],
};
/**
 * Read-only requests the probe may use, most ordinary first. Each answers 404 and changes
 * nothing; the later ones exist for policies that do not audit ConfigMap reads.
 */
function probeCandidates(marker) {
    return [
        {
            marker,
            path: `/api/v1/namespaces/default/configmaps/${marker}`,
            request: {
                ...ADMIN,
                verb: 'get',
                apiGroup: '',
                resource: 'configmaps',
                namespace: 'default',
                name: marker,
            },
        },
        {
            marker,
            path: `/api/v1/namespaces/${marker}`,
            request: {
                ...ADMIN,
                verb: 'get',
                apiGroup: '',
                resource: 'namespaces',
                // kube's RequestInfo gives a namespace object's own name as its namespace.
                namespace: marker,
                name: marker,
            },
        },
        { marker, path: `/${marker}`, request: { ...ADMIN, verb: 'get', path: `/${marker}` } },
    ];
}
/** A read that is not long-running writes its events at these stages only. */
const PROBE_STAGES = ['RequestReceived', 'ResponseComplete'];
/** True when the policy writes at least one event for the request. */
function writesEvent(policy, request) {
    const decision = evaluate(policy, request);
    return (decision.level !== 'None' && PROBE_STAGES.some((stage) => !decision.omitStages.includes(stage)));
}
/**
 * The first candidate for which the policy writes an event, or why there is none: under a policy
 * that audits none of them (or omits every stage a read has), liveness cannot be proven.
 */
function chooseProbe(policy, marker = newMarker()) {
    const candidates = probeCandidates(marker);
    if (!policy)
        return candidates[0];
    const audited = candidates.find((c) => writesEvent(policy, c.request));
    return (audited ?? {
        skip: 'skipped: the policy writes no event for any read-only request a probe can make, so liveness cannot be proven',
    });
}
function newMarker() {
    return `kind-audit-probe-${(0,external_node_crypto_namespaceObject.randomUUID)().slice(0, 8)}`;
}
/**
 * Sends the probe to this node's own API server. In an HA cluster admin.conf points at the load
 * balancer, so `--server` pins the request to the node whose log we are about to read; kind adds
 * 127.0.0.1 to the serving certificate's SANs. The request answers 404, and that is expected:
 * the audit event is written either way.
 */
function probeArgs(probe) {
    return [
        'kubectl',
        '--kubeconfig=/etc/kubernetes/admin.conf',
        '--server=https://127.0.0.1:6443',
        'get',
        '--raw',
        probe.path,
    ];
}
/**
 * Sends the probe and waits until its event is in the node's audit log. The file may not exist
 * until the first audited event (FACTS §1), so "absent" is a reason to wait, not to fail.
 */
async function checkLogLive(run, node, probe, timing) {
    const { timeoutMs, pollMs = 200, resendMs = 2000 } = timing;
    const start = Date.now();
    let lastSent = -Infinity;
    for (;;) {
        if (Date.now() - lastSent >= resendMs) {
            lastSent = Date.now();
            await dockerExec(run, node, probeArgs(probe));
        }
        const look = await dockerExec(run, node, [
            'grep',
            '-c',
            '-F',
            probe.marker,
            NODE_PATHS.logFile,
        ]);
        if (look.code === 0) {
            const seconds = ((Date.now() - start) / 1000).toFixed(1);
            return {
                node,
                check: CHECK.logLive,
                outcome: 'pass',
                evidence: `the probe GET ${probe.path} appeared in ${NODE_PATHS.logFile} after ${seconds}s`,
            };
        }
        // grep exits 1 when the file has no match and 2 when it cannot read the file.
        const seen = look.code === 1
            ? 'the file exists but has no event for it'
            : `the file cannot be read (${look.stderr.trim() || `exit ${look.code}`})`;
        if (Date.now() - start >= timeoutMs) {
            return {
                node,
                check: CHECK.logLive,
                outcome: 'fail',
                evidence: `no event for the probe GET ${probe.path} in ${NODE_PATHS.logFile} after ${timeoutMs / 1000}s: ${seen}`,
            };
        }
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(pollMs);
    }
}

;// CONCATENATED MODULE: ./src/verify/diagnostics.ts



/**
 * What the guide's troubleshooting section has a person run, plus the API server's own last
 * words: an API server that cannot read its policy exits, and says why only in its log.
 */
function diagnosticCommands() {
    return [
        { title: 'Is the policy file mounted?', command: ['ls', '-la', NODE_PATHS.policyDir] },
        {
            title: 'Does the API server carry the audit flags and volumes?',
            command: ['grep', 'audit', NODE_PATHS.apiserverManifest],
        },
        { title: 'Is there an audit log?', command: ['ls', '-la', NODE_PATHS.logDir] },
        {
            title: "The API server's last log lines",
            command: [
                'sh',
                '-c',
                'crictl logs --tail 30 "$(crictl ps -a --name kube-apiserver -q | head -n 1)"',
            ],
        },
    ];
}
/** Runs the diagnostics in one node and returns them as text; a failing command is shown, not thrown. */
async function collectDiagnostics(run, node) {
    const sections = [];
    for (const { title, command } of diagnosticCommands()) {
        const result = await dockerExec(run, node, command);
        const output = `${result.stdout}${result.stderr}`.trimEnd() || '(no output)';
        const status = result.code === 0 ? '' : ` (exit ${result.code})`;
        sections.push(`# ${title}\n$ ${commandLine('docker', ['exec', node, ...command])}${status}\n${output}`);
    }
    return sections.join('\n\n');
}

;// CONCATENATED MODULE: ./src/verify/index.ts





/**
 * Runs every check on every node, nodes in parallel. The liveness probe runs only where the
 * mount and the flags passed: without them it could only time out, and would hide the cause.
 */
async function verifyNodes(run, nodes, options) {
    const perNode = await Promise.all(nodes.map(async (node) => {
        const setup = await Promise.all([
            checkPolicyMounted(run, node, options.policyText),
            checkApiServerFlags(run, node),
        ]);
        const probe = chooseProbe(options.policy);
        if ('skip' in probe) {
            return [...setup, { node, check: CHECK.logLive, outcome: 'skip', evidence: probe.skip }];
        }
        if (setup.some((r) => r.outcome === 'fail')) {
            return [
                ...setup,
                {
                    node,
                    check: CHECK.logLive,
                    outcome: 'skip',
                    evidence: 'not tried: the checks above failed',
                },
            ];
        }
        return [...setup, await checkLogLive(run, node, probe, { timeoutMs: options.timeoutMs })];
    }));
    return perNode.flat();
}

;// CONCATENATED MODULE: ./src/steps/verify.ts

/** A failed check: names node and check, so the step's error says where to look. */
class VerificationError extends Error {
    failures;
    constructor(failures) {
        super(`Audit logging is not working: ${failures.map((f) => `${f.node}: ${f.check} failed (${f.evidence})`).join('; ')}. ` +
            'The cluster is left running; the post step still collects whatever was written.');
        this.failures = failures;
        this.name = 'VerificationError';
    }
}
/** The nodes whose audit log the probe proved live; a skipped probe proves nothing. */
function verifiedNodes(checks) {
    return checks.filter((c) => c.check === CHECK.logLive && c.outcome === 'pass').map((c) => c.node);
}
/** Throws {@link VerificationError} when any check failed. */
function throwIfFailed(checks) {
    const failures = checks.filter((c) => c.outcome === 'fail');
    if (failures.length > 0)
        throw new VerificationError(failures);
}
/**
 * Checks every node, prints one line per check, and prints the guide's troubleshooting output for
 * each failing node. Returns every result, passing and failing: a node that failed does not hide
 * what the others proved.
 */
async function verifyCluster(run, log, nodes, options) {
    const checks = await log.group('Verifying audit logging', async () => {
        const results = await verifyNodes(run, nodes, options);
        for (const result of results)
            log.info(formatCheck(result));
        return results;
    });
    const failing = new Set(checks.filter((c) => c.outcome === 'fail').map((c) => c.node));
    for (const node of failing) {
        await log.group(`Diagnostics for ${node}`, async () => log.info(await collectDiagnostics(run, node)));
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/steps/up.ts








/** The name is taken: kind would refuse it, and this use must not touch the other's files. */
class ClusterExistsError extends Error {
    clusterName;
    constructor(clusterName) {
        super(`A kind cluster named "${clusterName}" already exists. Pick another cluster name, or delete ` +
            `that cluster first with 'kind delete cluster --name ${clusterName}'.`);
        this.clusterName = clusterName;
        this.name = 'ClusterExistsError';
    }
}
/**
 * Checks the policy, refuses a cluster name already in use, writes the two files, creates the
 * cluster and proves every control-plane node writes its audit log. Nothing is written before the
 * name is known to be free; state is saved before kind runs. Throws on the first thing that fails,
 * after saving what was proven, so post knows which logs were live.
 */
async function up(run, log, options, context) {
    const policy = await preparePolicy(options.policySource, options.policyOptions, context.workspace, log);
    if ((await clusterNames(run)).includes(options.clusterName)) {
        throw new ClusterExistsError(options.clusterName);
    }
    const dir = await context.claimDir(options.clusterName);
    const logDir = external_node_path_default().join(dir, 'logs');
    const logHostPaths = await prepareLogFolders(logDir, controlPlaneNames(options.clusterName, options.controlPlanes), NODE_PATHS.logFile);
    const files = await writeClusterFiles(log, dir, policy.text, options, { logHostPaths });
    const state = {
        clusterName: options.clusterName,
        dir,
        policyPath: files.policy.path,
        kindConfigPath: files.kindConfig.path,
        policyOrigin: policy.origin,
        auditLogPath: NODE_PATHS.logFile,
        logDir,
        clusterCreateStarted: true,
        controlPlaneNodes: [],
        verifiedNodes: [],
    };
    // Saved before kind runs: a create that fails or is cancelled half-way may still leave logs.
    await context.saveState(state);
    await log.group(`Creating kind cluster "${options.clusterName}"`, () => createCluster(run, {
        name: options.clusterName,
        configPath: files.kindConfig.path,
        wait: options.wait,
        image: options.nodeImage,
    }, (chunk) => log.info(chunk.trimEnd())));
    state.controlPlaneNodes = (await listNodes(run, options.clusterName, 'control-plane')).map((n) => n.name);
    if (state.controlPlaneNodes.length === 0) {
        throw new Error(`kind reported success but no control-plane container of cluster "${options.clusterName}" was found`);
    }
    await context.saveState(state);
    await context.clusterReady?.(state);
    const checks = await verifyCluster(run, log, state.controlPlaneNodes, {
        policyText: policy.text,
        policy: policy.policy,
        timeoutMs: options.verifyTimeoutMs,
    });
    state.verifiedNodes = verifiedNodes(checks);
    await context.saveState(state);
    throwIfFailed(checks);
    return { state, checks };
}

;// CONCATENATED MODULE: ./src/cli/exit-codes.ts
/** The CLI's exit codes (DESIGN.md, "CLI exit codes"): the one home. */
const EXIT = {
    /** Done. */
    ok: 0,
    /** What was checked failed: a policy kube would reject, a failed check, a command that failed. */
    failed: 1,
    /** Usage: an unknown command or flag, a bad flag value, an unreadable or oversized input file. */
    usage: 2,
};
/** A mistake in how the CLI was called; exits {@link EXIT.usage}. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/flags.ts



const flagOf = (input, arg, help, flag = input) => ({
    flag,
    ...(flag !== input ? { alias: input } : {}),
    arg,
    help,
    input,
});
/** The flags that carry the action's inputs, shared by the commands that create a cluster. */
const CLUSTER_FLAGS = {
    name: flagOf(names_INPUT.clusterName, 'N', 'cluster name', 'name'),
    level: flagOf(names_INPUT.policyLevel, 'L', "the guide's single-rule policy at level None | Metadata | Request | RequestResponse", 'level'),
    policyFile: flagOf(names_INPUT.policyFile, 'F', 'your own policy file'),
    preset: flagOf(names_INPUT.preset, 'P', 'a built-in policy: metadata | recommended'),
    omitStages: flagOf(names_INPUT.omitStages, 'S', "stages left out of every event, e.g. RequestReceived; none clears the policy's own"),
    omitManagedFields: flagOf(names_INPUT.omitManagedFields, 'BOOL', "set the policy's omitManagedFields"),
    image: flagOf(names_INPUT.nodeImage, 'I', "node image for every node (default: kind's own)", 'image'),
    controlPlanes: flagOf(names_INPUT.controlPlanes, 'N', 'control-plane nodes, 1 to 7; each is audited'),
    workers: flagOf(names_INPUT.workers, 'N', 'worker nodes, 0 to 16'),
    wait: flagOf(names_INPUT.wait, 'D', "how long 'kind create cluster' waits for the control plane"),
    verifyTimeout: flagOf(names_INPUT.verifyTimeout, 'D', "how long to wait for the probe's event in each node's log"),
};
/** Where a command keeps its files; per user by default. */
const DIR_FLAG = {
    flag: 'dir',
    arg: 'DIR',
    help: "this cluster's files and state (default: a private per-user folder, see 'kind-audit --help')",
};
/** `redact: false` in the CLI's words: commands that write audit files redact by default. */
const NO_REDACT_FLAG = {
    flag: 'no-redact',
    help: 'keep secret values: the files written may then hold Secret data and tokens',
};
/** Every command takes these. */
const COMMON_FLAGS = [
    { flag: 'verbose', help: 'print each command line run' },
    { flag: 'help', short: 'h', help: 'print this help' },
];
/** A string flag's value; '' when it was not given (the same "unset" as an empty input). */
function flags_text(values, flag) {
    const value = values[typeof flag === 'string' ? flag : flag.flag];
    return typeof value === 'string' ? value : '';
}
/**
 * Parses a command's arguments against its own flags only: a flag that belongs to another command
 * is an error naming the command that owns it. An alias given with its flag is an error too.
 */
function parseFlags(command, flags, argv, owners) {
    const options = {};
    for (const spec of flags) {
        const type = spec.arg ? 'string' : 'boolean';
        options[spec.flag] = { type, ...(spec.short ? { short: spec.short } : {}) };
        if (spec.alias)
            options[spec.alias] = { type };
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw usageFrom(command, flags, error, owners);
    }
    const values = { ...parsed.values };
    for (const spec of flags) {
        if (!spec.alias || values[spec.alias] === undefined)
            continue;
        if (values[spec.flag] !== undefined)
            throw new UsageError(`give --${spec.flag} or --${spec.alias}, not both: they are the same option`);
        values[spec.flag] = values[spec.alias];
    }
    return { values, positionals: parsed.positionals };
}
function usageFrom(command, flags, error, owners) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const [, dashes = '--', name = ''] = unknown;
        const elsewhere = owners(name).filter((c) => c !== command);
        return new UsageError(`${dashes}${name} is not an option of '${command}'` +
            (elsewhere.length > 0 ? ` (it belongs to '${elsewhere.join("', '")}')` : '') +
            `; its options are ${flags.map((f) => `--${f.flag}`).join(', ')}`);
    }
    return new UsageError(message.split('. To specify')[0] ?? message);
}
/**
 * The engine reads flags through the action's input rules, so a bad value gets the same checks;
 * the returned source answers each input from the flag that carries it, '' when it was not given.
 */
function inputsFrom(values, flags) {
    return (input) => {
        const spec = flags.find((f) => f.input === input);
        return spec ? flags_text(values, spec) : '';
    };
}
/** How a command's errors name inputs: by the flag the user typed. */
function flagWording(flags) {
    return {
        one: 'Option',
        many: 'Options',
        name: (input) => {
            const spec = flags.find((f) => f.input === input);
            return spec ? `--${spec.flag}` : `'${input}'`;
        },
    };
}
/** Help lines for flags: `  --name N          cluster name (default kind)`. */
function flagHelp(flags) {
    const rows = flags.map((f) => {
        const head = `${f.short ? `-${f.short}, ` : ''}--${f.flag}${f.arg ? ` ${f.arg}` : ''}`;
        const fallback = f.input ? INPUT_DEFAULTS[f.input] : '';
        const also = f.alias ? ` (also --${f.alias})` : '';
        return [head, `${f.help}${fallback ? ` (default ${fallback})` : ''}${also}`];
    });
    const width = Math.max(...rows.map(([head]) => head.length)) + 2;
    return rows.map(([head, help]) => `  ${head.padEnd(width)}${help}`).join('\n');
}

;// CONCATENATED MODULE: ./src/cli/out-dir.ts




/**
 * The folder `--out` names, created when missing. A path that cannot be a folder (under /proc, a
 * file, a dangling link) fails here at once, naming the flag, instead of later or never.
 */
async function outDir(value) {
    if (!value)
        throw new UsageError('--out DIR is required: the folder to write into');
    const dir = external_node_path_default().resolve(value);
    try {
        await makeDirs(dir);
        const info = await (0,promises_namespaceObject.lstat)(dir);
        if (!info.isDirectory())
            throw new Error(info.isSymbolicLink() ? 'it is a link' : 'it is not a folder');
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new UsageError(`--out has the value ${JSON.stringify(value)}: it must be a folder that can be created and written (${reason})`);
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/state.ts
const FIELDS = {
    clusterName: 'string',
    dir: 'string',
    policyPath: 'string',
    kindConfigPath: 'string',
    policyOrigin: 'string',
    auditLogPath: 'string',
    logDir: 'string',
    clusterCreateStarted: 'boolean',
    controlPlaneNodes: 'string[]',
    verifiedNodes: 'string[]',
};
function fits(value, type) {
    if (type === 'string[]')
        return Array.isArray(value) && value.every((v) => typeof v === 'string');
    return typeof value === type;
}
function serializeState(state) {
    return JSON.stringify(state);
}
/** Parses saved state; `undefined` for empty text (main never got that far); throws on a damaged value. */
function parseState(text) {
    if (!text.trim())
        return undefined;
    const value = JSON.parse(text);
    for (const [key, type] of Object.entries(FIELDS)) {
        if (!fits(value[key], type))
            throw new Error(`saved state has no valid '${key}' (expected ${type}): ${text.slice(0, 200)}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/cli/state-dir.ts





const STATE_FILE = 'state.json';
/**
 * The CLI's own folder, one per user: `$XDG_STATE_HOME/kind-audit`, else
 * `~/.local/state/kind-audit`. A predictable folder under /tmp could be prepared by another user
 * with links in it, so /tmp is used only when there is no home, and then with the uid in its name
 * and the same ownership check.
 */
function stateBase(env = process.env) {
    if (env.XDG_STATE_HOME && external_node_path_default().isAbsolute(env.XDG_STATE_HOME))
        return external_node_path_default().join(env.XDG_STATE_HOME, 'kind-audit');
    if (env.HOME)
        return external_node_path_default().join(env.HOME, '.local', 'state', 'kind-audit');
    return external_node_path_default().join(external_node_os_default().tmpdir(), `kind-audit-${process.getuid?.() ?? 'user'}`);
}
/** The folder of one cluster's files: `--dir` when given, else `<stateBase>/<cluster>`. */
function clusterFolder(clusterName, dir) {
    return dir ? external_node_path_default().resolve(dir) : external_node_path_default().join(stateBase(), clusterName);
}
/** Makes the cluster's folder (and the per-user folder above it) private to this user. */
async function claimClusterFolder(folder, explicit) {
    if (!explicit)
        await ensurePrivateDir(external_node_path_default().dirname(folder));
    await ensurePrivateDir(folder);
    return folder;
}
async function saveState(folder, state) {
    await writeFileNoFollow(external_node_path_default().join(folder, STATE_FILE), serializeState(state), 0o600);
}
/** The state `up` left for a cluster; throws saying how to create it when there is none. */
async function loadState(folder, clusterName) {
    const file = external_node_path_default().join(folder, STATE_FILE);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch {
        throw new Error(`No state for cluster "${clusterName}" at ${file}: create it with 'kind-audit up --name ${clusterName}' (or pass the same --dir).`);
    }
    const state = parseState(text);
    if (!state)
        throw new Error(`The state file ${file} is empty.`);
    return state;
}

;// CONCATENATED MODULE: ./src/cli/cluster-commands.ts

















const OUT = (what) => ({
    flag: 'out',
    arg: 'DIR',
    help: `folder to write ${what} into (required)`,
});
const NONE = { min: 0, max: 0, name: '' };
const POLICY_AND_NODES = [
    CLUSTER_FLAGS.level,
    CLUSTER_FLAGS.policyFile,
    CLUSTER_FLAGS.preset,
    CLUSTER_FLAGS.omitStages,
    CLUSTER_FLAGS.omitManagedFields,
    CLUSTER_FLAGS.image,
    CLUSTER_FLAGS.controlPlanes,
    CLUSTER_FLAGS.workers,
];
const runner = (log) => debugRunner(run, log);
/** The cluster a command names, and the folder its files live in. */
function folderOf({ values, inputs }) {
    const name = clusterName(inputs(names_INPUT.clusterName));
    return { name, folder: clusterFolder(name, flags_text(values, DIR_FLAG)) };
}
const render = {
    name: 'render',
    args: '--out DIR [options]',
    summary: 'write the audit policy and kind config, create nothing',
    description: "Checks the policy as kube-apiserver would, then writes audit-policy.yaml and kind-config.yaml into DIR. Creates nothing. With no policy option the policy is the guide's (level Metadata).",
    flags: [OUT('the two files'), CLUSTER_FLAGS.name, ...POLICY_AND_NODES],
    positionals: NONE,
    async run({ values, inputs, log }) {
        const options = readClusterOptions(inputs);
        const policy = await preparePolicy(options.policySource, options.policyOptions, process.cwd(), log);
        await writeClusterFiles(log, await outDir(flags_text(values, 'out')), policy.text, options);
        return EXIT.ok;
    },
};
const upCommand = {
    name: 'up',
    args: '[options]',
    summary: 'render, create the cluster, verify the audit log is live',
    description: "Renders the files, runs 'kind create cluster', and proves every control-plane node writes its audit log. A name kind already uses is refused before anything is written.",
    flags: [CLUSTER_FLAGS.name, ...POLICY_AND_NODES, CLUSTER_FLAGS.wait, CLUSTER_FLAGS.verifyTimeout, DIR_FLAG],
    positionals: NONE,
    async run(context) {
        const { log, values } = context;
        const options = readClusterOptions(context.inputs);
        const { folder } = folderOf(context);
        const { state } = await up(runner(log), log, options, {
            workspace: process.cwd(),
            claimDir: () => claimClusterFolder(folder, flags_text(values, DIR_FLAG) !== ''),
            saveState: (s) => saveState(folder, s),
        });
        log.info(`Cluster "${state.clusterName}" is up (context ${kubeconfigContext(state.clusterName)}); audit log at ${state.auditLogPath} in ${state.controlPlaneNodes.join(', ')}. Its files are in ${folder}.`);
        return EXIT.ok;
    },
};
const verify = {
    name: 'verify',
    args: '[options]',
    summary: 'run the checks again on an existing cluster',
    description: "Runs the checks of 'up' again against a cluster that 'up' created.",
    flags: [CLUSTER_FLAGS.name, CLUSTER_FLAGS.verifyTimeout, DIR_FLAG],
    positionals: NONE,
    async run(context) {
        const { log, inputs } = context;
        const { name, folder } = folderOf(context);
        const state = await loadState(folder, name);
        const { verifyTimeoutMs } = readClusterOptions(inputs);
        const nodes = (await listNodes(runner(log), state.clusterName, 'control-plane')).map((n) => n.name);
        if (nodes.length === 0)
            throw new Error(`Cluster "${state.clusterName}" has no control-plane container: was it deleted?`);
        const policyText = await (0,promises_namespaceObject.readFile)(state.policyPath, 'utf8');
        const checks = await verifyCluster(runner(log), log, nodes, {
            policyText,
            policy: checkPolicy(policyText).policy,
            timeoutMs: verifyTimeoutMs,
        });
        throwIfFailed(checks);
        return EXIT.ok;
    },
};
const collect = {
    name: 'collect',
    args: '--out DIR [options]',
    summary: 'copy every audit file out of the control-plane nodes',
    description: "Copies every control-plane node's audit files (from the runner folder up made, else from the node, running or stopped) and builds the artifact's layout in DIR: audit.jsonl merged by time, summary.json, summary.md, a folder per node and the policy and kind config. Secret values are redacted unless --no-redact. Prints the summary. Exits 1 when a log that up had proven live is lost.",
    flags: [OUT('the audit files'), CLUSTER_FLAGS.name, DIR_FLAG, NO_REDACT_FLAG],
    positionals: NONE,
    async run(context) {
        const { log, values } = context;
        const { name, folder } = folderOf(context);
        const state = await loadState(folder, name);
        const dir = await outDir(flags_text(values, 'out'));
        const redact = values[NO_REDACT_FLAG.flag] !== true;
        if (!redact)
            log.warning('--no-redact: the files written may hold Secret data and tokens.');
        const result = await finishRun(runner(log), debugStreamRunner(streamCommand, log), log, state, {
            outDir: dir,
            redact,
            rawFiles: true,
            publish: () => Promise.resolve({ kind: 'folder', dir }),
        });
        process.stdout.write(result.markdown);
        for (const error of result.errors)
            log.error(error);
        return result.errors.length > 0 ? EXIT.failed : EXIT.ok;
    },
};
const down = {
    name: 'down',
    args: '[options]',
    summary: 'delete the cluster',
    description: "Deletes the cluster with 'kind delete cluster'. Its files (policy, kind config, state) stay in its folder.",
    flags: [CLUSTER_FLAGS.name],
    positionals: NONE,
    async run(context) {
        const name = clusterName(context.inputs(names_INPUT.clusterName));
        await deleteCluster(runner(context.log), name);
        context.log.info(`Deleted cluster "${name}".`);
        return EXIT.ok;
    },
};
/** The commands that make, check, collect and remove a cluster. */
const CLUSTER_COMMANDS = [render, upCommand, verify, collect, down];

;// CONCATENATED MODULE: ./src/cli/logger.ts
/** `file:line: ` (or `title: `) before a message, as compilers print it. */
function prefix(kind, where) {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    return `${at}${kind}${where?.title ? ` (${where.title})` : ''}: `;
}
/** The CLI's logger: progress on stderr, so stdout stays for what a command prints as its result. */
function terminalLogger(verbose) {
    const write = (text) => process.stderr.write(`${text}\n`);
    return {
        debug: (message) => {
            if (verbose)
                write(`debug: ${message}`);
        },
        info: write,
        notice: (message, where) => write(prefix('notice', where) + message),
        warning: (message, where) => write(prefix('warning', where) + message),
        error: (message, where) => write(prefix('error', where) + message),
        group: async (name, fn) => {
            write(`== ${name}`);
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/merge-command.ts









const merge_command_OUT = { flag: 'out', arg: 'FILE', help: 'the merged file to write (required)' };
const WINDOW = {
    flag: 'window',
    arg: 'N',
    help: `events held back per source to restore time order (default ${DEFAULT_WINDOW})`,
};
const AUDIT_FILE = auditFilePattern(external_node_path_default().posix.basename(NODE_PATHS.logFile));
/** A folder's audit files in write order; only regular files, as collection takes them. */
async function folderSource(dir) {
    const files = [];
    for (const name of byWriteOrder(await (0,promises_namespaceObject.readdir)(dir))) {
        if (AUDIT_FILE.test(name) && (await (0,promises_namespaceObject.lstat)(external_node_path_default().join(dir, name))).isFile())
            files.push(external_node_path_default().join(dir, name));
    }
    if (files.length === 0)
        throw new UsageError(`${dir} holds no audit files (kube-apiserver-audit*.log[.gz])`);
    return { node: external_node_path_default().basename(external_node_path_default().resolve(dir)), files };
}
/** Each PATH is one source: a file alone, or a folder's audit files in the order written. */
async function sourcesOf(paths) {
    const sources = [];
    for (const given of paths) {
        const info = await (0,promises_namespaceObject.stat)(given).catch((error) => {
            throw new UsageError(`cannot read ${given}: ${error.code ?? error.message}`);
        });
        if (info.isDirectory())
            sources.push(await folderSource(given));
        else if (info.isFile())
            sources.push({ node: external_node_path_default().basename(given), files: [given] });
        else
            throw new UsageError(`${given} is neither a file nor a folder`);
    }
    return sources;
}
/** Refuses an output that is one of the inputs: opening it for writing would empty it first. */
async function checkOut(out, sources) {
    const target = await (0,promises_namespaceObject.stat)(out).catch(() => undefined);
    if (!target)
        return;
    for (const file of sources.flatMap((s) => s.files)) {
        const input = await (0,promises_namespaceObject.stat)(file);
        if (input.dev === target.dev && input.ino === target.ino)
            throw new UsageError(`--out ${out} is one of the input files`);
    }
}
function windowOf(value) {
    if (value === '')
        return DEFAULT_WINDOW;
    const window = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(window))
        throw new UsageError(`--window has the value ${JSON.stringify(value)}: give a whole number of events, e.g. ${DEFAULT_WINDOW}`);
    return window;
}
/** `kind-audit merge PATH... --out FILE`: the merge step alone. */
const MERGE_COMMAND = {
    name: 'merge',
    args: 'PATH... --out FILE',
    summary: 'merge audit files or node folders into one time-ordered file',
    description: 'Writes the events of every PATH to FILE, one a line, ordered by time, auditID and stage, each line as the API server wrote it. ' +
        'A PATH is a file, or a folder whose kube-apiserver-audit*.log[.gz] files are read in the order they were written. ' +
        'Lines that are not events (legacy text, a line cut off mid-write) are left out and counted. ' +
        `Each PATH holds back up to --window events to put events written out of order back in place; one later than that is written at once and counted.`,
    flags: [merge_command_OUT, WINDOW, NO_REDACT_FLAG],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'PATH' },
    async run({ values, positionals, log }) {
        const out = flags_text(values, merge_command_OUT);
        if (!out)
            throw new UsageError('--out FILE is required: the merged file to write');
        const window = windowOf(flags_text(values, WINDOW));
        const sources = await sourcesOf(positionals);
        await checkOut(out, sources);
        const redact = values[NO_REDACT_FLAG.flag] !== true;
        if (!redact)
            log.warning('--no-redact: the merged file may hold Secret data and tokens.');
        // Merged aside, then redacted into place: what lands at --out never held a secret unredacted.
        const merged = redact ? `${out}.unredacted-${process.pid}` : out;
        let stats;
        try {
            stats = await mergeFiles(sources, merged, {
                window,
                onProblem: (file, message) => log.warning(message, { file }),
            });
            if (redact) {
                const redaction = await redactFile(merged, out);
                log.info(`${redaction.values} secret value(s) redacted`);
            }
        }
        finally {
            if (redact)
                await (0,promises_namespaceObject.rm)(merged, { force: true });
        }
        const number = (n) => n.toLocaleString('en-US');
        process.stdout.write(`${out}: ${number(stats.events)} events from ${sources.length} source(s); ` +
            `${number(stats.skipped)} of ${number(stats.lines)} lines were not events; ` +
            `${number(stats.outOfOrder)} came later than the window of ${number(window)} events\n`);
        return EXIT.ok;
    },
};

;// CONCATENATED MODULE: ./src/cli/policy-commands.ts





const FILE = { min: 1, max: 1, name: 'FILE' };
/** A bad policy file is named as the argument the user gave. */
const FILE_WORDING = { one: 'Argument', name: () => 'FILE' };
async function policy_commands_readPolicyFile(file) {
    return (await readPolicySource({ kind: 'file', path: file, input: names_INPUT.policyFile }, process.cwd())).text;
}
const validate = {
    name: 'policy validate',
    args: 'FILE',
    summary: 'exit 0 when kube-apiserver would accept a policy file',
    description: "Exit 0 when kube-apiserver would accept FILE (warnings on stderr); exit 1 with kube's errors, one per line on stdout, when it would not.",
    flags: [],
    positionals: FILE,
    wording: FILE_WORDING,
    async run({ positionals: [file = ''], log }) {
        const result = checkPolicy(await policy_commands_readPolicyFile(file));
        for (const warning of result.warnings) {
            log.warning(warning.message, { file, ...(warning.line ? { line: warning.line } : {}) });
        }
        if (!result.valid) {
            process.stdout.write(result.errors.map((e) => `${e}\n`).join(''));
            return EXIT.failed;
        }
        process.stdout.write(`${file}: kube-apiserver would accept this policy (${result.policy?.rules.length ?? 0} rules, ${result.warnings.length} warnings)\n`);
        return EXIT.ok;
    },
};
const policy_commands_option = (flag, arg, help) => ({ flag, arg, help });
const EXPLAIN = {
    verb: policy_commands_option('verb', 'V', 'the request verb, e.g. get (required)'),
    resource: policy_commands_option('resource', 'R[/sub]', 'the resource, with a subresource after "/", e.g. pods/log'),
    group: policy_commands_option('group', 'G', 'the API group ("" is the core group)'),
    namespace: policy_commands_option('namespace', 'NS', 'the namespace'),
    name: policy_commands_option('name', 'N', "the object's name"),
    user: policy_commands_option('user', 'U', 'the user making the request'),
    groups: policy_commands_option('groups', 'G1,G2', "the user's groups"),
    path: policy_commands_option('path', '/url', 'a non-resource URL instead of --resource'),
};
/** kube's RequestInfo gives a Namespace object its own name as namespace; others default to none. */
function namespaceOfName(resource, name) {
    return resource === 'namespaces' && name ? name : '';
}
/** The request described by explain's flags. */
function requestFromFlags(values) {
    const get = (spec) => flags_text(values, spec);
    const verb = get(EXPLAIN.verb);
    if (!verb)
        throw new UsageError('--verb is required, e.g. --verb get');
    const [resource = '', subresource] = get(EXPLAIN.resource).split('/', 2);
    const path = get(EXPLAIN.path);
    if (path && resource)
        throw new UsageError('give either --resource (an API request) or --path (a non-resource URL), not both');
    if (!path && !resource)
        throw new UsageError('give --resource R[/sub] for an API request or --path /url for a non-resource URL');
    const groups = get(EXPLAIN.groups)
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
    const name = get(EXPLAIN.name);
    return {
        verb,
        ...(get(EXPLAIN.user) ? { user: get(EXPLAIN.user) } : {}),
        ...(groups.length > 0 ? { groups } : {}),
        ...(path
            ? { path }
            : {
                resource,
                ...(subresource ? { subresource } : {}),
                apiGroup: get(EXPLAIN.group),
                namespace: values.namespace !== undefined
                    ? get(EXPLAIN.namespace)
                    : namespaceOfName(resource, name),
                ...(name ? { name } : {}),
            }),
    };
}
const explain = {
    name: 'policy explain',
    args: 'FILE --verb V [options]',
    summary: 'print the level a request gets, and the rule that decides it',
    description: 'Prints the level the request gets under FILE and the rule (index and text) that decided it.',
    flags: Object.values(EXPLAIN),
    positionals: FILE,
    wording: FILE_WORDING,
    async run({ positionals: [file = ''], values }) {
        const request = requestFromFlags(values);
        const result = checkPolicy(await policy_commands_readPolicyFile(file));
        if (!result.valid || !result.policy) {
            process.stderr.write(`${file}: kube-apiserver would reject this policy:\n${result.errors.join('\n')}\n`);
            return EXIT.failed;
        }
        const decision = evaluate(result.policy, request);
        if (decision.ruleIndex === null) {
            process.stdout.write(`level: ${decision.level}\nrule: none matched (a request no rule matches is not audited)\n`);
            return EXIT.ok;
        }
        const rule = result.policy.rules[decision.ruleIndex];
        process.stdout.write(`level: ${decision.level}\nrule: rules[${decision.ruleIndex}] ${JSON.stringify(rule)}\n` +
            (decision.omitStages.length > 0
                ? `omitted stages: ${decision.omitStages.join(', ')}\n`
                : ''));
        return EXIT.ok;
    },
};
/** The commands that check and explain policy files. */
const POLICY_COMMANDS = [validate, explain];

;// CONCATENATED MODULE: ./src/cli/redact-command.ts






/** The audit files of an artifact: the merged `audit.jsonl` and each node's (rotated) files. */
const AUDIT_NAMES = [/^audit\.jsonl(\.gz)?$/, auditFilePattern(external_node_path_default().basename(NODE_PATHS.logFile))];
const isAuditFile = (name) => AUDIT_NAMES.some((pattern) => pattern.test(name));
/** One line a person can read: how much was redacted, and where. */
function describeStats(stats) {
    const where = Object.entries(stats.byLocation)
        .sort(([, a], [, b]) => b - a)
        .map(([location, count]) => `${location} ${count}`)
        .join(', ');
    return `${stats.lines} lines, ${stats.values} values redacted${where ? ` (${where})` : ''}, ${stats.unparseable} unparseable lines replaced`;
}
/** IN must exist; OUT may not be IN or lie inside it (a folder would be read while written). */
async function checkPaths(input, output) {
    try {
        await (0,promises_namespaceObject.lstat)(input);
    }
    catch (error) {
        throw new UsageError(`IN ${JSON.stringify(input)} cannot be read (${error.code ?? String(error)})`);
    }
    const from = external_node_path_default().resolve(input);
    const to = external_node_path_default().resolve(output);
    if (to === from || to.startsWith(`${from}${(external_node_path_default()).sep}`))
        throw new UsageError('OUT must be neither IN nor inside it: write the redacted copy elsewhere');
}
/** `kind-audit redact IN OUT`: the redaction step alone, file to file or folder to folder. */
const REDACT_COMMAND = {
    name: 'redact',
    args: 'IN OUT',
    summary: 'copy audit files with Secrets and tokens replaced by a marker',
    description: "Copy IN to OUT with secret material replaced by a fixed marker: Secret data and stringData (also in lists, watch events and tables), Secrets' last-applied annotation, bodies sent to secrets (patches included), TokenRequest and TokenReview tokens, webhook patches to Secrets. Lines with nothing secret are copied byte for byte; lines that cannot be parsed are replaced. A file gives a file (.gz stays .gz); a folder gives a folder of its audit files (audit.jsonl, kube-apiserver-audit*.log[.gz]).",
    flags: [],
    positionals: { min: 2, max: 2, name: 'IN and OUT' },
    async run({ positionals: [input = '', output = ''], log }) {
        await checkPaths(input, output);
        const result = await redactTree(input, output, isAuditFile);
        for (const file of result.files)
            log.info(`${file.output}: ${describeStats(file.stats)}`);
        for (const { path: skipped, why } of result.skipped)
            log.debug(`skipped ${skipped}: ${why}`);
        if (result.files.length === 0) {
            log.warning(`no audit files in ${input}: nothing was written`);
            return EXIT.failed;
        }
        process.stdout.write(`${result.files.length} file(s) redacted into ${output}: ${describeStats(result.total)}\n`);
        return EXIT.ok;
    },
};

;// CONCATENATED MODULE: ./src/cli/summarize-command.ts



const FLAGS = {
    json: { flag: 'json', help: 'print summary.json instead of tables' },
    top: {
        flag: 'top',
        arg: 'N',
        help: 'rows per printed table (default 10); the JSON is never cut',
    },
};
/** Log text on a terminal: control characters (escape sequences among them) shown, not obeyed. */
function shown(value) {
    return value.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const summarize_command_n = (value) => value.toLocaleString('en-US');
function block(title, rows, top, total) {
    const kept = rows.slice(0, top);
    const width = Math.min(60, Math.max(0, ...kept.map(([k]) => k.length)));
    const lines = kept.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
    const more = (total ?? rows.length) - kept.length;
    if (more > 0)
        lines.push(`  … ${summarize_command_n(more)} more (--top, or --json for all)`);
    return `${title}\n${lines.length > 0 ? lines.join('\n') : '  none'}`;
}
const counts = (table) => Object.entries(table)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [shown(k), summarize_command_n(v)]);
/** The summary as tables for a terminal, each cut to `top` rows. */
function printable(s, top) {
    const row = (r) => shown([r.user, r.verb, r.resource, r.namespace ? `-n ${r.namespace}` : '', r.name]
        .filter(Boolean)
        .join(' '));
    return [
        `${summarize_command_n(s.requests)} requests, ${summarize_command_n(s.lines)} lines (${summarize_command_n(s.skipped)} not events), ${s.first ? shown(s.first) : '—'} to ${s.last ? shown(s.last) : '—'}`,
        block('Nodes', Object.entries(s.nodes).map(([node, x]) => [
            shown(node),
            `${summarize_command_n(x.files)} files, ${summarize_command_n(x.bytes)} bytes, ${x.requests === null ? 'requests in audit.jsonl' : `${summarize_command_n(x.requests)} requests`}`,
        ]), top),
        block('By verb', counts(s.byVerb), top),
        block('By resource', counts(s.byResource), top),
        block('By user', counts(s.byUser), top),
        block('By namespace', counts(s.byNamespace), top),
        block('By response code', counts(s.byCode), top),
        block('By user agent', counts(s.byUserAgent), top),
        block(`Denied (403): ${summarize_command_n(s.deniedTotal)}`, s.denied.map((d) => [row(d), shown(d.reason)]), top, s.deniedTotal),
        block(`Server errors (5xx): ${summarize_command_n(s.errors5xxTotal)}`, s.errors5xx.map((e) => [row(e), `${e.code} ${shown(e.message)}`]), top, s.errors5xxTotal),
        block(`Deprecated APIs: ${summarize_command_n(s.deprecatedTotal)}`, s.deprecated.map((d) => [shown(`${d.user} ${d.api}`), summarize_command_n(d.count)]), top),
        block('Slowest', s.slowest.map((r) => [row(r), `${r.latencyMs.toLocaleString('en-US')} ms`]), top),
        ...s.warnings.map((w) => `warning: ${shown(w)}`),
    ].join('\n\n');
}
/** `kind-audit summarize PATH... [--json] [--top N]`. */
const SUMMARIZE_COMMAND = {
    name: 'summarize',
    args: 'PATH... [--json] [--top N]',
    summary: 'summarize audit logs: files, folders or an artifact, plain or .gz',
    description: 'Summarize audit logs: files or folders, plain or .gz. Given an artifact folder it reads audit.jsonl and does not count the raw copies twice. --json prints summary.json; --top cuts the printed tables, not the JSON.',
    flags: [FLAGS.json, FLAGS.top],
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'PATH' },
    async run({ values, positionals }) {
        const topText = flags_text(values, FLAGS.top) || '10';
        if (!/^\d{1,6}$/.test(topText) || Number(topText) < 1)
            throw new UsageError(`--top has the value "${topText}": it must be a whole number from 1`);
        let summary;
        try {
            summary = await summarizeFiles(positionals);
        }
        catch (error) {
            if (error instanceof InputPathError)
                throw new UsageError(error.message);
            throw error;
        }
        process.stdout.write(values.json === true
            ? `${JSON.stringify(summary, null, 2)}\n`
            : `${printable(summary, Number(topText))}\n`);
        return EXIT.ok;
    },
};

;// CONCATENATED MODULE: ./src/cli/main.ts










const COMMANDS = [
    ...CLUSTER_COMMANDS,
    ...POLICY_COMMANDS,
    MERGE_COMMAND,
    REDACT_COMMAND,
    SUMMARIZE_COMMAND,
];
function mainHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return `kind-audit — a kind cluster whose API server writes an audit log, verified and collected.

Usage: kind-audit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'kind-audit <command> --help' for a command's options. A cluster's files and state live in
${stateBase()}/<cluster> unless --dir names another folder.
Exit codes: ${EXIT.ok} done, ${EXIT.failed} a check or command failed, ${EXIT.usage} a usage or input mistake.`;
}
function commandHelp(command) {
    const flags = [...command.flags, ...COMMON_FLAGS];
    return `Usage: kind-audit ${command.name} ${command.args}\n\n${command.description}\n\nOptions:\n${flagHelp(flags)}`;
}
/** The command named by the first words of argv, and the words after it. */
function findCommand(argv) {
    for (const words of [2, 1]) {
        const command = COMMANDS.find((c) => c.name === argv.slice(0, words).join(' '));
        if (command)
            return { command, rest: argv.slice(words) };
    }
    return undefined;
}
/** The commands that take a flag, so an error can say where a misplaced one belongs. */
function owners(flag) {
    return COMMANDS.filter((c) => c.flags.some((f) => f.flag === flag || f.alias === flag)).map((c) => c.name);
}
function checkPositionals(command, positionals) {
    const { min, max, name } = command.positionals;
    if (positionals.length > max)
        throw new UsageError(`unexpected arguments: ${positionals.slice(max).join(' ')}`);
    if (positionals.length < min)
        throw new UsageError(`name the ${name}: kind-audit ${command.name} ${command.args}`);
}
/** The exit code an error means (DESIGN.md, "CLI exit codes"), and its message in the CLI's words. */
function failure(command, error) {
    if (error instanceof input_error_InputError) {
        const wording = { ...INPUT_WORDING, ...flagWording(command.flags), ...command.wording };
        return { code: EXIT.usage, message: error.describe(wording) };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { code: error instanceof UsageError ? EXIT.usage : EXIT.failed, message };
}
/** Runs `kind-audit <command> [flags]`; returns the exit code. Errors are printed, never thrown. */
async function runCli(argv) {
    const [first] = argv;
    if (!first || first === '--help' || first === '-h' || first === 'help') {
        (first ? process.stdout : process.stderr).write(`${mainHelp()}\n`);
        return first ? EXIT.ok : EXIT.usage;
    }
    const found = findCommand(argv);
    if (!found) {
        const known = first === 'policy'
            ? 'policy validate, policy explain'
            : COMMANDS.map((c) => c.name).join(', ');
        process.stderr.write(`kind-audit: unknown command "${argv.slice(0, first === 'policy' ? 2 : 1).join(' ')}". Commands: ${known}.\n`);
        return EXIT.usage;
    }
    const { command, rest } = found;
    try {
        const flags = [...command.flags, ...COMMON_FLAGS];
        const { values, positionals } = parseFlags(command.name, flags, rest, owners);
        if (values.help) {
            process.stdout.write(`${commandHelp(command)}\n`);
            return EXIT.ok;
        }
        checkPositionals(command, positionals);
        return await command.run({
            values,
            positionals,
            inputs: inputsFrom(values, command.flags),
            log: terminalLogger(values.verbose === true),
        });
    }
    catch (error) {
        const { code, message } = failure(command, error);
        process.stderr.write(`kind-audit ${command.name}: ${message}\n`);
        return code;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

