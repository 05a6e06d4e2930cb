import { createRequire } from "node:module";
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import * as crypto from "node:crypto";
import { dirname, isAbsolute, join as join$1, relative, resolve, sep } from "node:path";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll = (all, flags) => {
	let target = Object.setPrototypeOf({}, null);
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!(flags & 1)) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return flags & 2 ? target : Object.preventExtensions(target);
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toCommonJS = (mod) => __hasOwnProp.call(mod, "module.exports") ? mod["module.exports"] : __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();
// node_modules/yaml/dist/nodes/identity.js
var require_identity = /* @__PURE__ */ __commonJSMin(((exports) => {
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR:
			case SEQ: return true;
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
}));
// node_modules/yaml/dist/visit.js
var require_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove node");
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
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
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
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
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
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
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
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
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
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (identity.isMap(node)) return visitor.Map?.(key, node, path);
		if (identity.isSeq(node)) return visitor.Seq?.(key, node, path);
		if (identity.isPair(node)) return visitor.Pair?.(key, node, path);
		if (identity.isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (identity.isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (identity.isCollection(parent)) parent.items[key] = node;
		else if (identity.isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (identity.isDocument(parent)) parent.contents = node;
		else {
			const pt = identity.isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	exports.visit = visit;
	exports.visitAsync = visitAsync;
}));
// node_modules/yaml/dist/doc/directives.js
var require_directives = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
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
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
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
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
				const tags = {};
				visit.visit(doc.contents, (_key, node) => {
					if (identity.isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	exports.Directives = Directives;
}));
// node_modules/yaml/dist/doc/anchors.js
var require_anchors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit.visit(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
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
					if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
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
}));
// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	exports.applyReviver = applyReviver;
}));
// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
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
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !identity.hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	exports.toJS = toJS;
}));
// node_modules/yaml/dist/nodes/Node.js
var require_Node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var applyReviver = require_applyReviver();
	var identity = require_identity();
	var toJS = require_toJS();
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!identity.isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	exports.NodeBase = NodeBase;
}));
// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var visit = require_visit();
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	var Alias = class extends Node.NodeBase {
		constructor(source) {
			super(identity.ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit.visit(doc, { Node: (_key, node) => {
					if (identity.isAlias(node) || identity.hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS.toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
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
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (identity.isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (identity.isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (identity.isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	exports.Alias = Alias;
}));
// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends Node.NodeBase {
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
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	exports.Scalar = Scalar;
	exports.isScalarValue = isScalarValue;
}));
// node_modules/yaml/dist/doc/createNode.js
var require_createNode = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var Scalar = require_Scalar();
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (identity.isDocument(value)) value = value.contents;
		if (identity.isNode(value)) return value;
		if (identity.isPair(value)) {
			const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias.Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar.Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	exports.createNode = createNode;
}));
// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var identity = require_identity();
	var Node = require_Node();
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode.createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends Node.NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
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
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (identity.isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && identity.isScalar(node) ? node.value : node;
			else return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!identity.isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return identity.isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	exports.Collection = Collection;
	exports.collectionFromPath = collectionFromPath;
	exports.isEmptyPath = isEmptyPath;
}));
// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	exports.indentComment = indentComment;
	exports.lineComment = lineComment;
	exports.stringifyComment = stringifyComment;
}));
// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = /* @__PURE__ */ __commonJSMin(((exports) => {
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === FOLD_BLOCK) {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === FOLD_QUOTED && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === FOLD_QUOTED) {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
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
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	exports.FOLD_BLOCK = FOLD_BLOCK;
	exports.FOLD_FLOW = FOLD_FLOW;
	exports.FOLD_QUOTED = FOLD_QUOTED;
	exports.foldFlowLines = foldFlowLines;
}));
// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var foldFlowLines = require_foldFlowLines();
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.Scalar.BLOCK_FOLDED:
				case Scalar.Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	exports.stringifyString = stringifyString;
}));
// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var identity = require_identity();
	var stringifyComment = require_stringifyComment();
	var stringifyString = require_stringifyString();
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment.stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (identity.isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
		if (anchor && anchors.anchorIsValid(anchor)) {
			anchors$1.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (identity.isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (identity.isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	exports.createStringifyContext = createStringifyContext;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = identity.isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (identity.isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && identity.isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && identity.isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	exports.stringifyPair = stringifyPair;
}));
// node_modules/yaml/dist/log.js
var require_log = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	function debug(logLevel, ...messages) {
		if (logLevel === "debug") console.log(...messages);
	}
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") {
			if (typeof node_process.emitWarning === "function") node_process.emitWarning(warning);
			else console.warn(warning);
		}
	}
	exports.debug = debug;
	exports.warn = warn;
}));
// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	const MERGE_KEY = "<<";
	const merge = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (identity.isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!identity.isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	exports.addMergeToJSMap = addMergeToJSMap;
	exports.isMergeKey = isMergeKey;
	exports.merge = merge;
}));
// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var log = require_log();
	var merge = require_merge();
	var stringify = require_stringify();
	var identity = require_identity();
	var toJS = require_toJS();
	function addPairToJSMap(ctx, map, { key, value }) {
		if (identity.isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (merge.isMergeKey(ctx, key)) merge.addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS.toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS.toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS.toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (identity.isNode(key) && ctx?.doc) {
			const strCtx = stringify.createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	exports.addPairToJSMap = addPairToJSMap;
}));
// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyPair = require_stringifyPair();
	var addPairToJSMap = require_addPairToJSMap();
	var identity = require_identity();
	function createPair(key, value, ctx) {
		return new Pair(createNode.createNode(key, void 0, ctx), createNode.createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (identity.isNode(key)) key = key.clone(schema);
			if (identity.isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			return addPairToJSMap.addPairToJSMap(ctx, pair, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	exports.Pair = Pair;
	exports.createPair = createPair;
}));
// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify.stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
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
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = identity.isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify.stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = stringifyComment.indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	exports.stringifyCollection = stringifyCollection;
}));
// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyCollection = require_stringifyCollection();
	var addPairToJSMap = require_addPairToJSMap();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	function findPair(items, key) {
		const k = identity.isScalar(key) ? key.value : key;
		for (const it of items) if (identity.isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (identity.isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
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
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(Pair.createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
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
			if (identity.isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair.Pair(pair, pair?.value);
			else _pair = new Pair.Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap.addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!identity.isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	exports.YAMLMap = YAMLMap;
	exports.findPair = findPair;
}));
// node_modules/yaml/dist/schema/common/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLMap = require_YAMLMap();
	exports.map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap.YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!identity.isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyCollection = require_stringifyCollection();
	var Collection = require_Collection();
	var identity = require_identity();
	var Scalar = require_Scalar();
	var toJS = require_toJS();
	var YAMLSeq = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
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
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
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
			return typeof idx === "number" && idx < this.items.length;
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
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (identity.isScalar(prev) && Scalar.isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS.toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
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
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode.createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = identity.isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	exports.YAMLSeq = YAMLSeq;
}));
// node_modules/yaml/dist/schema/common/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLSeq = require_YAMLSeq();
	exports.seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq.YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!identity.isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/schema/common/string.js
var require_string = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyString = require_stringifyString();
	exports.string = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/common/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar.Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar.Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	exports.nullTag = nullTag;
}));
// node_modules/yaml/dist/schema/core/bool.js
var require_bool$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	exports.boolTag = boolTag;
}));
// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = /* @__PURE__ */ __commonJSMin(((exports) => {
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	exports.stringifyNumber = stringifyNumber;
}));
// node_modules/yaml/dist/schema/core/float.js
var require_float$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/core/int.js
var require_int$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
		stringify: (node) => intStringify(node, 8, "0o")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/core/schema.js
var require_schema$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	exports.schema = [
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
}));
// node_modules/yaml/dist/schema/json/schema.js
var require_schema$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var map = require_map();
	var seq = require_seq();
	function intIdentify(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar.Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	exports.schema = [map.map, seq.seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
}));
// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_buffer = __require("buffer");
	var Scalar = require_Scalar();
	var stringifyString = require_stringifyString();
	exports.binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof node_buffer.Buffer === "function") return node_buffer.Buffer.from(src, "base64");
			else if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof node_buffer.Buffer === "function") str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
			else if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
			if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString.stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLSeq = require_YAMLSeq();
	function resolvePairs(seq, onError) {
		if (identity.isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (identity.isPair(item)) continue;
			else if (identity.isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq.YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(Pair.createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	exports.createPairs = createPairs;
	exports.pairs = pairs;
	exports.resolvePairs = resolvePairs;
}));
// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var toJS = require_toJS();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var pairs = require_pairs();
	var YAMLOMap = class YAMLOMap extends YAMLSeq.YAMLSeq {
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
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (identity.isPair(pair)) {
					key = toJS.toJS(pair.key, "", ctx);
					value = toJS.toJS(pair.value, key, ctx);
				} else key = toJS.toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
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
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs$1 = pairs.resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs$1.items) if (identity.isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs$1);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	exports.YAMLOMap = YAMLOMap;
	exports.omap = omap;
}));
// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar.Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar.Scalar(false),
		stringify: boolStringify
	};
	exports.falseTag = falseTag;
	exports.trueTag = trueTag;
}));
// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intBin = intBin;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSet = class YAMLSet extends YAMLMap.YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (identity.isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair.Pair(key.key, null);
			else pair = new Pair.Pair(key, null);
			if (!YAMLMap.findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = YAMLMap.findPair(this.items, key);
			return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = YAMLMap.findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair.Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(Pair.createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (identity.isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	exports.YAMLSet = YAMLSet;
	exports.set = set;
}));
// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber.stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	exports.floatTime = floatTime;
	exports.intTime = intTime;
	exports.timestamp = timestamp;
}));
// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var binary = require_binary();
	var bool = require_bool();
	var float = require_float();
	var int = require_int();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var set = require_set();
	var timestamp = require_timestamp();
	exports.schema = [
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
}));
// node_modules/yaml/dist/schema/tags.js
var require_tags = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	var schema = require_schema$2();
	var schema$1 = require_schema$1();
	var binary = require_binary();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var schema$2 = require_schema();
	var set = require_set();
	var timestamp = require_timestamp();
	const schemas = /* @__PURE__ */ new Map([
		["core", schema.schema],
		["failsafe", [
			map.map,
			seq.seq,
			string.string
		]],
		["json", schema$1.schema],
		["yaml11", schema$2.schema],
		["yaml-1.1", schema$2.schema]
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
		"tag:yaml.org,2002:binary": binary.binary,
		"tag:yaml.org,2002:merge": merge.merge,
		"tag:yaml.org,2002:omap": omap.omap,
		"tag:yaml.org,2002:pairs": pairs.pairs,
		"tag:yaml.org,2002:set": set.set,
		"tag:yaml.org,2002:timestamp": timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge.merge);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	exports.coreKnownTags = coreKnownTags;
	exports.getTags = getTags;
}));
// node_modules/yaml/dist/schema/Schema.js
var require_Schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var map = require_map();
	var seq = require_seq();
	var string = require_string();
	var tags = require_tags();
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	exports.Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
			this.tags = tags.getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, identity.MAP, { value: map.map });
			Object.defineProperty(this, identity.SCALAR, { value: string.string });
			Object.defineProperty(this, identity.SEQ, { value: seq.seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
}));
// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = stringify.createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(stringifyComment.indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (identity.isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(stringifyComment.indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += stringifyComment.lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify.stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(stringifyComment.indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(stringifyComment.indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	exports.stringifyDocument = stringifyDocument;
}));
// node_modules/yaml/dist/doc/Document.js
var require_Document = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var toJS = require_toJS();
	var Schema = require_Schema();
	var stringifyDocument = require_stringifyDocument();
	var anchors = require_anchors();
	var applyReviver = require_applyReviver();
	var createNode = require_createNode();
	var directives = require_directives();
	var Document = class Document {
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
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new directives.Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [identity.NODE_TYPE]: { value: identity.DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
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
				node.anchor = !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
			}
			return new Alias.Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, anchorPrefix || "a");
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
			if (flow && identity.isCollection(node)) node.flow = true;
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
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (Collection.isEmptyPath(path)) return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
			return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
			if (Collection.isEmptyPath(path)) return this.contents !== void 0;
			return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (Collection.isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new directives.Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new directives.Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema.Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument.stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (identity.isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	exports.Document = Document;
}));
// node_modules/yaml/dist/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	exports.YAMLError = YAMLError;
	exports.YAMLParseError = YAMLParseError;
	exports.YAMLWarning = YAMLWarning;
	exports.prettifyError = prettifyError;
}));
// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
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
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
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
}));
// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = /* @__PURE__ */ __commonJSMin(((exports) => {
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	exports.containsNewline = containsNewline;
}));
// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = /* @__PURE__ */ __commonJSMin(((exports) => {
	var utilContainsNewline = require_util_contains_newline();
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	exports.flowIndentCheck = flowIndentCheck;
}));
// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	exports.mapIncludes = mapIncludes;
}));
// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	var utilMapIncludes = require_util_map_includes();
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap.YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps.resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps.resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	exports.resolveBlockMap = resolveBlockMap;
}));
// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLSeq = require_YAMLSeq();
	var resolveProps = require_resolve_props();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq.YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps.resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	exports.resolveBlockSeq = resolveBlockSeq;
}));
// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	exports.resolveEnd = resolveEnd;
}));
// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilMapIncludes = require_util_map_includes();
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps.resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (identity.isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps.resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap.YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	exports.resolveFlowCollection = resolveFlowCollection;
}));
// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveBlockMap = require_resolve_block_map();
	var resolveBlockSeq = require_resolve_block_seq();
	var resolveFlowCollection = require_resolve_flow_collection();
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	exports.composeCollection = composeCollection;
}));
// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	exports.resolveBlockScalar = resolveBlockScalar;
}));
// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var resolveEnd = require_resolve_end();
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	exports.resolveFlowScalar = resolveFlowScalar;
}));
// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[identity.SCALAR];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[identity.SCALAR];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar.Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[identity.SCALAR];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[identity.SCALAR];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[identity.SCALAR];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	exports.composeScalar = composeScalar;
}));
// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = /* @__PURE__ */ __commonJSMin(((exports) => {
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	exports.emptyScalarPosition = emptyScalarPosition;
}));
// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var composeCollection = require_compose_collection();
	var composeScalar = require_compose_scalar();
	var resolveEnd = require_resolve_end();
	var utilEmptyScalarPosition = require_util_empty_scalar_position();
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar.composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection.composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const token = {
			type: "scalar",
			offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		};
		const node = composeScalar.composeScalar(ctx, token, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias.Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	exports.composeEmptyNode = composeEmptyNode;
	exports.composeNode = composeNode;
}));
// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Document = require_Document();
	var composeNode = require_compose_node();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const opts = Object.assign({ _directives: directives }, options);
		const doc = new Document.Document(void 0, opts);
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps.resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	exports.composeDoc = composeDoc;
}));
// node_modules/yaml/dist/compose/composer.js
var require_composer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var directives = require_directives();
	var Document = require_Document();
	var errors = require_errors();
	var identity = require_identity();
	var composeDoc = require_compose_doc();
	var resolveEnd = require_resolve_end();
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
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
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new errors.YAMLWarning(pos, code, message));
				else this.errors.push(new errors.YAMLParseError(pos, code, message));
			};
			this.directives = new directives.Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (identity.isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
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
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			if (node_process.env.LOG_STREAM) console.dir(token, { depth: null });
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
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
				default: this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
			} else if (forceDoc) {
				const opts = Object.assign({ _directives: this.directives }, this.options);
				const doc = new Document.Document(void 0, opts);
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	exports.Composer = Composer;
}));
// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	var errors = require_errors();
	var stringifyString = require_stringifyString();
	function resolveAsScalar(token, strict = true, onError) {
		if (token) {
			const _onError = (pos, code, message) => {
				const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
				if (onError) onError(offset, code, message);
				else throw new errors.YAMLParseError([offset, offset + 1], code, message);
			};
			switch (token.type) {
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
				case "block-scalar": return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
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
		const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey,
			indent: indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		const end = context.end ?? [{
			type: "newline",
			offset: -1,
			indent,
			source: "\n"
		}];
		switch (source[0]) {
			case "|":
			case ">": {
				const he = source.indexOf("\n");
				const head = source.substring(0, he);
				const body = source.substring(he + 1) + "\n";
				const props = [{
					type: "block-scalar-header",
					offset,
					indent,
					source: head
				}];
				if (!addEndtoBlockProps(props, end)) props.push({
					type: "newline",
					offset: -1,
					indent,
					source: "\n"
				});
				return {
					type: "block-scalar",
					offset,
					indent,
					props,
					source: body
				};
			}
			case "\"": return {
				type: "double-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			case "'": return {
				type: "single-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			default: return {
				type: "scalar",
				offset,
				indent,
				source,
				end
			};
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
		let indent = "indent" in token ? token.indent : null;
		if (afterKey && typeof indent === "number") indent += 2;
		if (!type) switch (token.type) {
			case "single-quoted-scalar":
				type = "QUOTE_SINGLE";
				break;
			case "double-quoted-scalar":
				type = "QUOTE_DOUBLE";
				break;
			case "block-scalar": {
				const header = token.props[0];
				if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
				type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
				break;
			}
			default: type = "PLAIN";
		}
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey: implicitKey || indent === null,
			indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		switch (source[0]) {
			case "|":
			case ">":
				setBlockScalarValue(token, source);
				break;
			case "\"":
				setFlowScalarValue(token, source, "double-quoted-scalar");
				break;
			case "'":
				setFlowScalarValue(token, source, "single-quoted-scalar");
				break;
			default: setFlowScalarValue(token, source, "scalar");
		}
	}
	function setBlockScalarValue(token, source) {
		const he = source.indexOf("\n");
		const head = source.substring(0, he);
		const body = source.substring(he + 1) + "\n";
		if (token.type === "block-scalar") {
			const header = token.props[0];
			if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
			header.source = head;
			token.source = body;
		} else {
			const { offset } = token;
			const indent = "indent" in token ? token.indent : -1;
			const props = [{
				type: "block-scalar-header",
				offset,
				indent,
				source: head
			}];
			if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0)) props.push({
				type: "newline",
				offset: -1,
				indent,
				source: "\n"
			});
			for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
			Object.assign(token, {
				type: "block-scalar",
				indent,
				props,
				source: body
			});
		}
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
		if (end) for (const st of end) switch (st.type) {
			case "space":
			case "comment":
				props.push(st);
				break;
			case "newline":
				props.push(st);
				return true;
		}
		return false;
	}
	function setFlowScalarValue(token, source, type) {
		switch (token.type) {
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				token.type = type;
				token.source = source;
				break;
			case "block-scalar": {
				const end = token.props.slice(1);
				let oa = source.length;
				if (token.props[0].type === "block-scalar-header") oa -= token.props[0].source.length;
				for (const tok of end) tok.offset += oa;
				delete token.props;
				Object.assign(token, {
					type,
					source,
					end
				});
				break;
			}
			case "block-map":
			case "block-seq": {
				const nl = {
					type: "newline",
					offset: token.offset + source.length,
					indent: token.indent,
					source: "\n"
				};
				delete token.items;
				Object.assign(token, {
					type,
					source,
					end: [nl]
				});
				break;
			}
			default: {
				const indent = "indent" in token ? token.indent : -1;
				const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
				for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
				Object.assign(token, {
					type,
					indent,
					source,
					end
				});
			}
		}
	}
	exports.createScalarToken = createScalarToken;
	exports.resolveAsScalar = resolveAsScalar;
	exports.setScalarValue = setScalarValue;
}));
// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringify a CST document, token, or collection item
	*
	* Fair warning: This applies no validation whatsoever, and
	* simply concatenates the sources in their logical order.
	*/
	const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
		switch (token.type) {
			case "block-scalar": {
				let res = "";
				for (const tok of token.props) res += stringifyToken(tok);
				return res + token.source;
			}
			case "block-map":
			case "block-seq": {
				let res = "";
				for (const item of token.items) res += stringifyItem(item);
				return res;
			}
			case "flow-collection": {
				let res = token.start.source;
				for (const item of token.items) res += stringifyItem(item);
				for (const st of token.end) res += st.source;
				return res;
			}
			case "document": {
				let res = stringifyItem(token);
				if (token.end) for (const st of token.end) res += st.source;
				return res;
			}
			default: {
				let res = token.source;
				if ("end" in token && token.end) for (const st of token.end) res += st.source;
				return res;
			}
		}
	}
	function stringifyItem({ start, key, sep, value }) {
		let res = "";
		for (const st of start) res += st.source;
		if (key) res += stringifyToken(key);
		if (sep) for (const st of sep) res += st.source;
		if (value) res += stringifyToken(value);
		return res;
	}
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
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
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
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
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
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
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	exports.visit = visit;
}));
// node_modules/yaml/dist/parse/cst.js
var require_cst = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cstScalar = require_cst_scalar();
	var cstStringify = require_cst_stringify();
	var cstVisit = require_cst_visit();
	/** The byte order mark */
	const BOM = "﻿";
	/** Start of doc-mode */
	const DOCUMENT = "";
	/** Unexpected end of flow-mode */
	const FLOW_END = "";
	/** Next token is a scalar value */
	const SCALAR = "";
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && "items" in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
		switch (token) {
			case BOM: return "<BOM>";
			case DOCUMENT: return "<DOC>";
			case FLOW_END: return "<FLOW_END>";
			case SCALAR: return "<SCALAR>";
			default: return JSON.stringify(token);
		}
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case BOM: return "byte-order-mark";
			case DOCUMENT: return "doc-mode";
			case FLOW_END: return "flow-error-end";
			case SCALAR: return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
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
}));
// node_modules/yaml/dist/parse/lexer.js
var require_lexer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cst = require_cst();
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
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
	var Lexer = class {
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
			this.buffer = "";
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
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
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
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === cst.BOM) {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield cst.DOCUMENT;
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
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
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield cst.FLOW_END;
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield cst.SCALAR;
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield cst.SCALAR;
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
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
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
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
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
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
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	exports.Lexer = Lexer;
}));
// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
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
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	exports.LineCounter = LineCounter;
}));
// node_modules/yaml/dist/parse/parser.js
var require_parser$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var cst = require_cst();
	var lexer = require_lexer();
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
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
	var Parser = class {
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
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
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
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (node_process.env.LOG_TOKENS) console.log("|", cst.prettyToken(source));
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = cst.tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
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
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
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
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
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
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
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
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
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
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
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
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
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
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	exports.Parser = Parser;
}));
// node_modules/yaml/dist/public-api.js
var require_public_api = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var errors = require_errors();
	var log = require_log();
	var identity = require_identity();
	var lineCounter = require_line_counter();
	var parser = require_parser$1();
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null,
			prettyErrors
		};
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
		if (prettyErrors && lineCounter) for (const doc of docs) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		if (docs.length > 0) return docs;
		return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		let doc = null;
		for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		return doc;
	}
	function parse(src, reviver, options) {
		let _reviver = void 0;
		if (typeof reviver === "function") _reviver = reviver;
		else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
		const doc = parseDocument(src, options);
		if (!doc) return null;
		doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
		if (doc.errors.length > 0) {
			if (doc.options.logLevel !== "silent") throw doc.errors[0];
			else doc.errors = [];
		}
		return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) options = replacer;
		if (typeof options === "string") options = options.length;
		if (typeof options === "number") {
			const indent = Math.round(options);
			options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
		}
		if (value === void 0) {
			const { keepUndefined } = options ?? replacer ?? {};
			if (!keepUndefined) return void 0;
		}
		if (identity.isDocument(value) && !_replacer) return value.toString(options);
		return new Document.Document(value, _replacer, options).toString(options);
	}
	exports.parse = parse;
	exports.parseAllDocuments = parseAllDocuments;
	exports.parseDocument = parseDocument;
	exports.stringify = stringify;
}));
// src/limits/index.ts
var import_dist = (/* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var Schema = require_Schema();
	var errors = require_errors();
	var Alias = require_Alias();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	require_cst();
	var lexer = require_lexer();
	var lineCounter = require_line_counter();
	var parser = require_parser$1();
	var publicApi = require_public_api();
	var visit = require_visit();
	exports.Composer = composer.Composer;
	exports.Document = Document.Document;
	exports.Schema = Schema.Schema;
	exports.YAMLError = errors.YAMLError;
	exports.YAMLParseError = errors.YAMLParseError;
	exports.YAMLWarning = errors.YAMLWarning;
	exports.Alias = Alias.Alias;
	exports.isAlias = identity.isAlias;
	exports.isCollection = identity.isCollection;
	exports.isDocument = identity.isDocument;
	exports.isMap = identity.isMap;
	exports.isNode = identity.isNode;
	exports.isPair = identity.isPair;
	exports.isScalar = identity.isScalar;
	exports.isSeq = identity.isSeq;
	exports.Pair = Pair.Pair;
	exports.Scalar = Scalar.Scalar;
	exports.YAMLMap = YAMLMap.YAMLMap;
	exports.YAMLSeq = YAMLSeq.YAMLSeq;
	exports.Lexer = lexer.Lexer;
	exports.LineCounter = lineCounter.LineCounter;
	exports.Parser = parser.Parser;
	exports.parse = publicApi.parse;
	exports.parseAllDocuments = publicApi.parseAllDocuments;
	exports.parseDocument = publicApi.parseDocument;
	exports.stringify = publicApi.stringify;
	exports.visit = visit.visit;
	exports.visitAsync = visit.visitAsync;
})))();
let stackExhausted = false;
/**
* Note that parsing ran out of stack in this thread. V8 has been seen to abort the whole process with
* an out-of-memory error in its RegExp compiler when a thread parses again after that (aesthetics.md
* §5.3), so a pool worker that noted it is replaced before its next task.
*/
function noteStackExhausted() {
	stackExhausted = true;
}
/** Did parsing run out of stack in this thread (see `noteStackExhausted`)? */
function wasStackExhausted() {
	return stackExhausted;
}
/**
* Aliases may expand a document to at most this many nodes. Aliases are never expanded for editing,
* but Kubernetes (go-yaml) and Helm expand them, and refuse a billion-laughs document: so do we.
*/
const MAX_ALIAS_EXPANSION = 1e6;
const isBlank = (c) => c === 32 || c === 9 || c === 13 || c === 10 || Number.isNaN(c);
/**
* Check the limits that must hold before a text is given to the YAML parser: nesting depth
* (`limits.maxDepth`) and number of documents (`limits.maxDocuments`). The parser recurses once per
* level, and a deep enough input makes V8 abort the whole process with an out-of-memory error that no
* worker thread contains (aesthetics.md §5.3); so depth is measured here, in one linear pass over the
* text, without recursion.
*
* The measure never undercounts what the parser will nest: it follows flow brackets outside quoted
* scalars and comments, and block collections by their columns (including compact `- - x` and
* `? ? x` forms). Where the text is ambiguous it counts the deeper reading.
*/
function checkTextLimits(text, file, limits) {
	return new DepthScanner(text, file, limits).run();
}
var DepthScanner = class {
	text;
	file;
	limits;
	/** Columns and kinds of the open block collections, innermost last. */
	cols = [];
	seqs = [];
	/** Open flow collections. */
	flow = 0;
	/**
	* Per open flow collection: is it a sequence, and does it hold an open implicit pair (`[a: b]` is a
	* sequence of a one-pair map: one level more)?
	*/
	flowSeq = [];
	flowPair = [];
	/** Per open flow collection: levels its current entry adds (implicit pairs, stray `- ` entries). */
	flowExtra = [];
	/** The sum of `flowExtra`. */
	pairs = 0;
	/** The quote of a quoted scalar that continues on the next line (0: none). */
	quote = 0;
	/** In block context, a line indented no more than this cannot continue the quoted scalar. */
	quoteParent = -1;
	/**
	* Brackets opened (and not closed) inside the current quoted scalar. They count towards the depth
	* while it lasts, so that a quote the parser does not see as one cannot hide nesting from the count.
	*/
	quoteDepth = 0;
	quoteOver;
	/** Lines indented more than this are the content of a block scalar (undefined: not in one). */
	blockScalar;
	/** A block plain scalar ends the last line: a line indented more than `plainParent` continues it. */
	plain = false;
	plainParent = -1;
	/** Inside flow collections, what the last line ended with (flow ignores line breaks). */
	flowValueStart = true;
	flowClosed = false;
	documents = 0;
	inDocument = false;
	constructor(text, file, limits) {
		this.text = text;
		this.file = file;
		this.limits = limits;
	}
	run() {
		const { text } = this;
		let start = 0;
		while (start < text.length) {
			let end = text.indexOf("\n", start);
			if (end < 0) end = text.length;
			const problem = this.line(start, end);
			if (problem) return problem;
			start = end + 1;
		}
	}
	line(start, end) {
		const { text } = this;
		if (start === 0 && text.charCodeAt(0) === 65279) start++;
		const marker = this.documentMarker(start, end);
		if (marker !== void 0) {
			this.cols = [];
			this.seqs = [];
			this.flow = 0;
			this.flowSeq = [];
			this.flowPair = [];
			this.flowExtra = [];
			this.pairs = 0;
			this.quote = 0;
			this.quoteDepth = 0;
			this.blockScalar = void 0;
			this.plain = false;
			if (marker === 46) {
				const over = this.inDocument ? void 0 : this.startDocument(start);
				this.inDocument = false;
				return over;
			}
			const over = this.startDocument(start);
			if (over) return over;
			return this.inline(start + 3, end, -1, true, false);
		}
		let indent = start;
		if (text.charCodeAt(indent) === 65279) indent++;
		while (indent < end && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
		if (this.quote !== 0) {
			const blank = indent === end || text.charCodeAt(indent) === 13;
			let spaces = start;
			while (text.charCodeAt(spaces) === 32) spaces++;
			if (this.flow > 0 || blank || spaces - start > this.quoteParent) return this.inline(start, end, -1, false, false);
			this.quote = 0;
			this.quoteDepth = 0;
		}
		const first = indent < end ? text.charCodeAt(indent) : 10;
		const empty = first === 13 || first === 10;
		if (this.blockScalar !== void 0) {
			let spaces = start;
			while (text.charCodeAt(spaces) === 32) spaces++;
			if (empty || spaces - start > this.blockScalar) return void 0;
			this.blockScalar = void 0;
		}
		if (empty) return void 0;
		if (first === 35) {
			this.plain = false;
			if (!this.flowValueStart) this.flowClosed = true;
			return;
		}
		if (!this.inDocument) {
			if (first === 37 && indent === start) return void 0;
			const over = this.startDocument(start);
			if (over) return over;
		}
		if (this.flow > 0) return this.inline(indent, end, -1, this.flowValueStart, this.flowClosed);
		let spaces = start;
		while (text.charCodeAt(spaces) === 32) spaces++;
		if (this.plain && spaces - start > this.plainParent) return this.inline(indent, end, -1, false, false);
		return this.blockLine(indent - start, first === 45 && isBlank(text.charCodeAt(indent + 1)), indent) ?? this.inline(indent, end, indent, true, false);
	}
	/**
	* The block collection a line at `column` belongs to: close the deeper ones, and open one when the
	* line starts a new collection. A sequence may sit at the column of the map key that holds it, and a
	* key at that column ends the sequence.
	*/
	blockLine(column, seq, offset) {
		while (this.cols.length > 0 && this.cols.at(-1) > column) this.pop();
		if (this.cols.length === 0 || this.cols.at(-1) < column) return this.push(column, seq, offset);
		const topIsSeq = this.seqs.at(-1);
		if (seq && !topIsSeq) return this.push(column, true, offset);
		if (!seq && topIsSeq) {
			this.pop();
			if (this.cols.length === 0 || this.cols.at(-1) < column) return this.push(column, false, offset);
		}
	}
	/** `---` or `...` at the start of a line (followed by a blank or the end): its character. */
	documentMarker(start, end) {
		const { text } = this;
		const c = text.charCodeAt(start);
		if (c !== 45 && c !== 46 || start + 3 > end) return void 0;
		if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return void 0;
		return isBlank(text.charCodeAt(start + 3)) ? c : void 0;
	}
	startDocument(offset) {
		this.inDocument = true;
		this.documents++;
		if (this.documents <= this.limits.maxDocuments) return void 0;
		return {
			offset,
			message: `${this.file} has more than ${this.limits.maxDocuments} YAML documents (limits.maxDocuments); it is not scanned. Split it, or raise limits.maxDocuments.`
		};
	}
	push(column, seq, offset) {
		this.cols.push(column);
		this.seqs.push(seq);
		return this.checkDepth(offset);
	}
	pop() {
		this.cols.pop();
		this.seqs.pop();
	}
	checkDepth(offset, extra = 0) {
		if (this.cols.length + this.flow + this.pairs + extra <= this.limits.maxDepth) return void 0;
		return {
			offset,
			message: `${this.file} nests collections deeper than ${this.limits.maxDepth} levels (limits.maxDepth); it is not scanned. Raise limits.maxDepth if it is really that deep.`
		};
	}
	/**
	* Scan the rest of a line from `from`: quoted scalars, comments, flow brackets, and the block
	* indicators that open a collection within the line (`- `, `? `, `key: `). `lineFirst` is where the
	* line's first token starts (its collection is already counted).
	*/
	inline(from, end, lineFirst, valueStart, closed) {
		const problem = this.scanInline(from, end, lineFirst, valueStart, closed);
		if (problem) return problem;
		if (this.flow > 0) {
			this.plain = false;
			this.flowValueStart = this.lineValueStart;
			this.flowClosed = this.lineClosed;
		} else {
			this.plain = this.quote === 0 && this.blockScalar === void 0 && !this.lineValueStart && !this.lineClosed;
			this.plainParent = (this.linePlainFirst ? this.cols.at(-2) : this.cols.at(-1)) ?? -1;
		}
	}
	/** How the last scanned line ended (see `inline`), and whether its last plain token came first. */
	lineValueStart = true;
	lineClosed = false;
	linePlainFirst = false;
	/**
	* `inline` without the bookkeeping of how the line ends. `valueStart`: a value may start at `from`;
	* `closed`: the token before `from` was a quoted scalar or a closed flow collection (`"a":b` is a
	* pair in flow).
	*/
	scanInline(from, end, lineFirst, valueStart, closed) {
		const { text } = this;
		const lineStart = text.lastIndexOf("\n", from - 1) + 1;
		let j = from;
		/** Where the current plain token (a possible key) started. */
		let token = from;
		this.lineValueStart = false;
		this.lineClosed = true;
		if (this.quote !== 0) {
			j = this.skipQuote(j, end);
			if (this.quoteOver !== void 0) return this.checkDepth(this.quoteOver, this.quoteDepth);
			if (this.quote !== 0) return void 0;
			valueStart = false;
			closed = true;
		}
		while (j < end) {
			const c = text.charCodeAt(j);
			if (c === 32 || c === 9 || c === 13) {
				j++;
				continue;
			}
			const prev = j > lineStart ? text.charCodeAt(j - 1) : 32;
			if (c === 35 && (prev === 32 || prev === 9 || j === lineStart || this.flow > 0 && (valueStart || closed))) {
				this.lineValueStart = valueStart;
				this.lineClosed = !valueStart;
				return;
			}
			const next = text.charCodeAt(j + 1);
			if (valueStart && (c === 34 || c === 39)) {
				token = j;
				this.quote = c;
				this.quoteParent = (j === lineFirst ? this.cols.at(-2) : this.cols.at(-1)) ?? -1;
				j = this.skipQuote(j + 1, end);
				if (this.quoteOver !== void 0) return this.checkDepth(this.quoteOver, this.quoteDepth);
				if (this.quote !== 0) return void 0;
				valueStart = false;
				closed = true;
				continue;
			}
			if (valueStart && (c === 33 || c === 38 || c === 42)) {
				j++;
				while (j < end && !isBlank(text.charCodeAt(j)) && !isFlowIndicator(text.charCodeAt(j))) j++;
				if (c === 42 && this.flow > 0) {
					valueStart = false;
					closed = true;
				}
				continue;
			}
			if (valueStart && this.flow === 0 && (c === 93 || c === 125 || c === 44)) {
				j++;
				continue;
			}
			if (this.flow > 0 && !valueStart && startsNode(c, closed)) {
				const over = this.openPair(j);
				if (over) return over;
				valueStart = true;
				closed = false;
			}
			if (valueStart && (c === 34 || c === 39) && this.flow > 0) {
				token = j;
				this.quote = c;
				j = this.skipQuote(j + 1, end);
				if (this.quoteOver !== void 0) return this.checkDepth(this.quoteOver, this.quoteDepth);
				if (this.quote !== 0) return void 0;
				valueStart = false;
				closed = true;
				continue;
			}
			if (this.flow > 0) {
				if (c === 91 || c === 123) {
					const over = this.openFlow(c, j);
					if (over) return over;
					valueStart = true;
					closed = false;
				} else if (c === 93 || c === 125) {
					if (this.flowSeq.at(-1) === (c === 93)) this.closeFlow();
					valueStart = false;
					closed = true;
					if (this.flow === 0) {
						j++;
						token = j;
						continue;
					}
				} else if (c === 44) {
					this.endPair();
					valueStart = true;
					closed = false;
				} else if (c === 58 && (isBlank(next) || isFlowIndicator(next) || closed) || c === 63 && isBlank(next)) {
					const over = this.openPair(j);
					if (over) return over;
					valueStart = true;
					closed = false;
				} else if (c === 45 && isBlank(next) && (valueStart || closed)) {
					const over = this.openExtra(j);
					if (over) return over;
				} else {
					valueStart = false;
					closed = false;
				}
				j++;
				continue;
			}
			if ((c === 45 || c === 63) && isBlank(next) && valueStart) {
				if (j !== lineFirst) {
					const over = this.push(j - lineStart, c === 45, j);
					if (over) return over;
				}
				j += 2;
				token = j;
				continue;
			}
			if (c === 58 && isBlank(next)) {
				const column = token - lineStart;
				if (column > (this.cols.at(-1) ?? -1)) {
					const over = this.push(column, false, token);
					if (over) return over;
				}
				valueStart = true;
				closed = false;
				j++;
				token = j;
				continue;
			}
			if (valueStart && (c === 124 || c === 62) && this.blockScalarHeader(j + 1, end)) {
				if (j === lineFirst) this.pop();
				this.blockScalar = this.cols.at(-1) ?? -1;
				return;
			}
			if (valueStart && (c === 91 || c === 123)) {
				const over = this.openFlow(c, j);
				if (over) return over;
				closed = false;
				j++;
				continue;
			}
			if (valueStart) {
				token = j;
				valueStart = false;
			}
			closed = false;
			j++;
		}
		this.lineValueStart = valueStart;
		this.lineClosed = closed;
		this.linePlainFirst = token === lineFirst;
	}
	/** Is the rest of the line from `j` a valid block scalar header (indicators, then a comment)? */
	blockScalarHeader(j, end) {
		const { text } = this;
		while (j < end && /[0-9+-]/.test(text[j])) j++;
		if (j < end && !isBlank(text.charCodeAt(j))) return false;
		while (j < end && isBlank(text.charCodeAt(j))) j++;
		return j === end || text.charCodeAt(j) === 35;
	}
	openFlow(c, offset) {
		this.flow++;
		this.flowSeq.push(c === 91);
		this.flowPair.push(false);
		this.flowExtra.push(0);
		return this.checkDepth(offset);
	}
	closeFlow() {
		if (this.flow === 0) return;
		this.endPair();
		this.flow--;
		this.flowSeq.pop();
		this.flowPair.pop();
		this.flowExtra.pop();
	}
	/**
	* A pair indicator (`:`, `? `, or a node right after another): in a flow sequence the first one of
	* an entry opens a one-pair map until the next `,` or `]`; in a flow map the first is the entry's
	* own. Every further one in the entry, and any after a stray `- `, nests one level more (`{a: b: c}`
	* is read as `{a: {b: c}}`).
	*/
	openPair(offset) {
		const top = this.flow - 1;
		if (this.flowExtra[top] > 0 || this.flowPair[top]) return this.openExtra(offset);
		this.flowPair[top] = true;
		return this.flowSeq[top] ? this.openExtra(offset) : void 0;
	}
	/** One more level until the current flow entry ends. */
	openExtra(offset) {
		this.flowExtra[this.flow - 1]++;
		this.pairs++;
		return this.checkDepth(offset);
	}
	/** A flow entry ends (`,` or the closing bracket): the levels it opened close. */
	endPair() {
		const top = this.flow - 1;
		if (top < 0) return;
		this.pairs -= this.flowExtra[top];
		this.flowExtra[top] = 0;
		this.flowPair[top] = false;
	}
	/**
	* Skip a quoted scalar's text from `j` to its closing quote (then `quote` is 0) or the line's end,
	* counting its brackets (`quoteOver` is set where they go over the limit).
	*/
	skipQuote(j, end) {
		const { text } = this;
		const room = this.limits.maxDepth - (this.cols.length + this.flow + this.pairs);
		while (j < end) {
			const c = text.charCodeAt(j);
			if (this.quote === 34 && c === 92) {
				j += 2;
				continue;
			}
			if (c === this.quote) {
				if (this.quote === 39 && text.charCodeAt(j + 1) === 39) {
					j += 2;
					continue;
				}
				this.quote = 0;
				this.quoteDepth = 0;
				return j + 1;
			}
			if (c === 91 || c === 123) {
				if (++this.quoteDepth > room) {
					this.quoteOver = j;
					return j;
				}
			} else if ((c === 93 || c === 125) && this.quoteDepth > 0) this.quoteDepth--;
			j++;
		}
		return end;
	}
};
/**
* In flow context, after a node (`closed`: a quoted scalar, an alias or a collection; else a plain
* scalar, which only a collection or a quote can follow), does `c` start another one?
*/
function startsNode(c, closed) {
	if (c === 91 || c === 123) return true;
	if (!closed) return false;
	return !(c === 44 || c === 93 || c === 125 || c === 58 || c === 35);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
/**
* The first alias of a parsed document (in document order) whose expansion, counted in nodes, goes
* over `max`; or, when only their sum does, the document's first alias. Undefined when the document
* stays within `max` once every alias is expanded (or has none). Linear in the document's size, and
* without recursion.
*/
function aliasBomb(doc, max = MAX_ALIAS_EXPANSION) {
	const preorder = [];
	const targets = /* @__PURE__ */ new Map();
	const anchors = /* @__PURE__ */ new Map();
	const stack = [doc.contents];
	while (stack.length > 0) {
		const item = stack.pop();
		if ((0, import_dist.isPair)(item)) {
			stack.push(item.value, item.key);
			continue;
		}
		if (!isNode(item)) continue;
		preorder.push(item);
		if ((0, import_dist.isAlias)(item)) {
			targets.set(item, anchors.get(item.source));
			continue;
		}
		if (item.anchor) anchors.set(item.anchor, item);
		if ((0, import_dist.isCollection)(item)) for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
	}
	if (targets.size === 0) return void 0;
	const size = /* @__PURE__ */ new Map();
	const work = [[doc.contents, false]];
	while (work.length > 0) {
		const [item, expanded] = work.pop();
		if ((0, import_dist.isPair)(item)) {
			work.push([item.value, false], [item.key, false]);
			continue;
		}
		if (!isNode(item)) continue;
		if ((0, import_dist.isCollection)(item) && !expanded) {
			work.push([item, true]);
			for (let i = item.items.length - 1; i >= 0; i--) work.push([item.items[i], false]);
			continue;
		}
		let n = 1;
		if ((0, import_dist.isAlias)(item)) {
			const target = targets.get(item);
			n = target ? size.get(target) ?? 1 : 1;
		} else if ((0, import_dist.isCollection)(item)) for (const child of item.items) {
			n += (0, import_dist.isPair)(child) ? sizeOf(child.key, size) + sizeOf(child.value, size) : sizeOf(child, size);
			if (n > max) break;
		}
		size.set(item, Math.min(n, max + 1));
	}
	const first = preorder.find((n) => (0, import_dist.isAlias)(n) && size.get(n) > max);
	if (first) return first;
	return sizeOf(doc.contents, size) > max ? preorder.find((n) => (0, import_dist.isAlias)(n)) : void 0;
}
function isNode(item) {
	return (0, import_dist.isCollection)(item) || (0, import_dist.isScalar)(item) || (0, import_dist.isAlias)(item);
}
function sizeOf(item, size) {
	return isNode(item) ? size.get(item) ?? 1 : 0;
}
// src/reference/digest.ts
/** Hex length of each known algorithm's encoded digest. */
const DIGEST_HEX_LENGTHS = {
	sha256: 64,
	sha384: 96,
	sha512: 128
};
/** The algorithms available when no option narrows them. */
const DEFAULT_DIGEST_ALGORITHMS = [
	"sha256",
	"sha384",
	"sha512"
];
function isLowerAlnum$1(c) {
	return c >= 97 && c <= 122 || c >= 48 && c <= 57;
}
/** go-digest `DigestRegexpAnchored`: `^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$`. */
function matchesGenericDigest(s) {
	let i = 0;
	const end = s.length;
	for (;;) {
		const start = i;
		while (i < end && isLowerAlnum$1(s.charCodeAt(i))) i++;
		if (i === start || i >= end) return false;
		const c = s.charCodeAt(i);
		if (c === 58) break;
		if (c !== 46 && c !== 43 && c !== 95 && c !== 45) return false;
		i++;
	}
	i++;
	if (i >= end) return false;
	for (; i < end; i++) {
		const c = s.charCodeAt(i);
		if (!(c >= 65 && c <= 90 || isLowerAlnum$1(c) || c === 61 || c === 95 || c === 45)) return false;
	}
	return true;
}
function isAvailable(algorithm, available) {
	return available.includes(algorithm);
}
/**
* Validates a digest like go-digest's `Digest.Validate`. Returns `undefined` when it is valid.
* `available` plays the part of the hashes registered in a Go binary.
*/
function validateDigest(digest, available = DEFAULT_DIGEST_ALGORITHMS) {
	const colon = digest.indexOf(":");
	const algorithm = colon > 0 ? digest.slice(0, colon) : "";
	const encoded = colon >= 0 ? digest.slice(colon + 1) : "";
	if (colon <= 0 || encoded.length === 0) return {
		kind: "digest-invalid-format",
		algorithm,
		actualLength: encoded.length
	};
	if (!isAvailable(algorithm, available)) return {
		kind: matchesGenericDigest(digest) ? "digest-unsupported" : "digest-invalid-format",
		algorithm,
		actualLength: encoded.length
	};
	const expectedLength = DIGEST_HEX_LENGTHS[algorithm];
	if (encoded.length !== expectedLength) return {
		kind: "digest-invalid-length",
		algorithm,
		expectedLength,
		actualLength: encoded.length
	};
	for (let i = 0; i < encoded.length; i++) {
		const c = encoded.charCodeAt(i);
		if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return {
			kind: "digest-invalid-format",
			algorithm,
			expectedLength,
			actualLength: encoded.length
		};
	}
}
// src/reference/format.ts
/** `domain/path`, or just `path` when the domain is "" (Go `Name()`). */
function name(ref) {
	return ref.domain === "" ? ref.path : `${ref.domain}/${ref.path}`;
}
/**
* `domain/path[:tag][@digest]`, omitting the domain when it is "" (Go `String()`). Like Go, an empty
* tag or digest counts as absent.
*/
function format(ref) {
	let s = name(ref);
	if (ref.tag) s += `:${ref.tag}`;
	if (ref.digest) s += `@${ref.digest}`;
	return s;
}
// src/reference/grammar.ts
/**
* The distribution/reference grammar (regexp.go, v0.6.0+) as hand-written scanners.
*
* Go's regexps are RE2 (linear time). A direct JavaScript port of patterns such as
* `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*` runs on a backtracking engine, so these scanners do the
* same job in one left-to-right pass over the input, with no regular expression at all. Every
* function here is linear in the length of its input.
*
* Where a Go regexp has capture groups, Go reports the leftmost-first (Perl) submatches; the
* functions below return the same groups. The grammar:
*
*     reference        := name [ ":" tag ] [ "@" digest ]
*     name             := [domain '/'] remote-name
*     domain           := host [':' port-number]
*     host             := domain-name | '[' [a-fA-F0-9:]+ ']'
*     domain-name      := domain-component ['.' domain-component]*
*     domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
*     port-number      := /[0-9]+/
*     remote-name      := path-component ['/' path-component]*
*     path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*
*     separator        := /[._]|__|[-]+/
*     tag              := /[\w][\w.-]{0,127}/
*     digest           := /[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}/
*     identifier       := /[a-f0-9]{64}/
*/
const SLASH = 47;
const COLON$1 = 58;
const DOT = 46;
const DASH$1 = 45;
const UNDERSCORE = 95;
const PLUS = 43;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
function isDigit(c) {
	return c >= 48 && c <= 57;
}
function isLower(c) {
	return c >= 97 && c <= 122;
}
function isUpper(c) {
	return c >= 65 && c <= 90;
}
function isAlpha(c) {
	return isLower(c) || isUpper(c);
}
function isLowerAlnum(c) {
	return isLower(c) || isDigit(c);
}
function isAlnum(c) {
	return isLower(c) || isUpper(c) || isDigit(c);
}
function isHex(c) {
	return isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function isLowerHex(c) {
	return isDigit(c) || c >= 97 && c <= 102;
}
/** `\w` in RE2 and in JavaScript without the `u` flag: ASCII letters, digits and `_`. */
function isWord(c) {
	return isAlnum(c) || c === UNDERSCORE;
}
/** Index of the first `code` in `s[start, end)`, or -1. */
function indexOfCode(s, code, start, end) {
	for (let i = start; i < end; i++) if (s.charCodeAt(i) === code) return i;
	return -1;
}
/** `s[start, end)` is a path-component: lowercase alphanumeric runs joined by `.`, `_`, `__` or `-+`. */
function scanPathComponent(s, start, end) {
	if (start >= end || !isLowerAlnum(s.charCodeAt(start))) return false;
	let i = start;
	for (;;) {
		while (i < end && isLowerAlnum(s.charCodeAt(i))) i++;
		if (i === end) return true;
		const c = s.charCodeAt(i);
		if (c === DOT) i++;
		else if (c === UNDERSCORE) {
			i++;
			if (i < end && s.charCodeAt(i) === UNDERSCORE) i++;
		} else if (c === DASH$1) while (i < end && s.charCodeAt(i) === DASH$1) i++;
		else return false;
		if (i === end || !isLowerAlnum(s.charCodeAt(i))) return false;
	}
}
/** `s[start, end)` is a remote-name: path-components joined by `/`. */
function scanRemoteName(s, start, end) {
	let componentStart = start;
	for (;;) {
		const slash = indexOfCode(s, SLASH, componentStart, end);
		if (slash === -1) return scanPathComponent(s, componentStart, end);
		if (!scanPathComponent(s, componentStart, slash)) return false;
		componentStart = slash + 1;
	}
}
/**
* Scans a domain-name from `start`: components of `[a-zA-Z0-9-]` (not starting or ending with `-`)
* joined by `.`. Returns the index just after it, or -1. Stopping early never helps the callers,
* because what may follow a domain-name (`:`, `/` or the end) is never a domain-name character.
*/
function scanDomainName(s, start, end) {
	let i = start;
	for (;;) {
		const componentStart = i;
		while (i < end) {
			const c = s.charCodeAt(i);
			if (!isAlnum(c) && c !== DASH$1) break;
			i++;
		}
		if (i === componentStart || s.charCodeAt(componentStart) === DASH$1 || s.charCodeAt(i - 1) === DASH$1) return -1;
		if (i < end && s.charCodeAt(i) === DOT) {
			i++;
			continue;
		}
		return i;
	}
}
/** `s[start, end)` is a domain: a host (domain-name or bracketed IPv6) with an optional `:port`. */
function scanDomainAndPort(s, start, end) {
	if (start >= end) return false;
	let i = start;
	if (s.charCodeAt(i) === OPEN_BRACKET) {
		i++;
		const inner = i;
		while (i < end) {
			const c = s.charCodeAt(i);
			if (!isHex(c) && c !== COLON$1) break;
			i++;
		}
		if (i === inner || i >= end || s.charCodeAt(i) !== CLOSE_BRACKET) return false;
		i++;
	} else {
		i = scanDomainName(s, i, end);
		if (i < 0) return false;
	}
	if (i === end) return true;
	if (s.charCodeAt(i) !== COLON$1) return false;
	i++;
	if (i === end) return false;
	for (; i < end; i++) if (!isDigit(s.charCodeAt(i))) return false;
	return true;
}
/**
* Matches a name in `s[start, end)`. Returns -1 when it is not a name; `start` when it has no
* domain; otherwise the index of the `/` that ends the domain. Like Go's leftmost-first match of
* `(?:(domain)/)?(remote-name)`, the domain is taken whenever the rest still matches.
*/
function scanName(s, start, end) {
	const slash = indexOfCode(s, SLASH, start, end);
	if (slash !== -1 && scanDomainAndPort(s, start, slash) && scanRemoteName(s, slash + 1, end)) return slash;
	return scanRemoteName(s, start, end) ? start : -1;
}
/** `s[start, end)` is a tag: `[\w][\w.-]{0,127}`. */
function scanTag(s, start, end) {
	const length = end - start;
	if (length < 1 || length > 128 || !isWord(s.charCodeAt(start))) return false;
	for (let i = start + 1; i < end; i++) {
		const c = s.charCodeAt(i);
		if (!isWord(c) && c !== DOT && c !== DASH$1) return false;
	}
	return true;
}
/** `s[start, end)` matches the reference grammar's digest pattern (syntax only, any algorithm). */
function scanDigest(s, start, end) {
	let i = start;
	for (;;) {
		if (i >= end || !isAlpha(s.charCodeAt(i))) return false;
		i++;
		while (i < end && isAlnum(s.charCodeAt(i))) i++;
		if (i >= end) return false;
		const c = s.charCodeAt(i);
		if (c === COLON$1) break;
		if (c !== DASH$1 && c !== UNDERSCORE && c !== PLUS && c !== DOT) return false;
		i++;
	}
	i++;
	const hexStart = i;
	while (i < end && isHex(s.charCodeAt(i))) i++;
	return i === end && end - hexStart >= 32;
}
/** Whether `s` is a domain with optional port (Go `^domainAndPort$`): `example.com`, `host:5000`, `[::1]:5000`. */
function isDomain(s) {
	return scanDomainAndPort(s, 0, s.length);
}
/** Whether `s` is one path component (no `/`): `nginx`, `kube-proxy`, `foo__bar`. */
function isPathComponent(s) {
	return scanPathComponent(s, 0, s.length);
}
/** Whether `s` is a valid tag: `[\w][\w.-]{0,127}` (uppercase allowed). */
function isTag(s) {
	return scanTag(s, 0, s.length);
}
/** Whether `s` has the syntax of a digest (`algorithm:hex`, at least 32 hex); go-digest checks come later. */
function isDigestSyntax(s) {
	return scanDigest(s, 0, s.length);
}
/** Whether `s` is a 64-character lowercase hexadecimal image ID (Go `anchoredIdentifierRegexp`). */
function isIdentifier(s) {
	if (s.length !== 64) return false;
	for (let i = 0; i < 64; i++) if (!isLowerHex(s.charCodeAt(i))) return false;
	return true;
}
/** Go `anchoredNameRegexp.FindStringSubmatch`: `null` when `s` is not a name. */
function matchName(s) {
	const split = scanName(s, 0, s.length);
	if (split < 0) return null;
	if (split === 0) return {
		domain: "",
		path: s
	};
	return {
		domain: s.slice(0, split),
		path: s.slice(split + 1)
	};
}
/**
* Where the name of a reference-shaped string ends: before the first `@`, and before the last `:`
* that follows the last `/` of what remains. Returns `[nameEnd, nameAndTagEnd]`. The split is
* forced by the grammar (names have `:` only in a domain, which a `/` always follows; tags and
* digests never contain `/` or `@`), so it is the only split that can match.
*/
function splitReferenceParts(s) {
	const at = indexOfCode(s, AT, 0, s.length);
	const nameAndTagEnd = at === -1 ? s.length : at;
	for (let i = nameAndTagEnd - 1; i >= 0; i--) {
		const c = s.charCodeAt(i);
		if (c === COLON$1) return [i, nameAndTagEnd];
		if (c === SLASH) break;
	}
	return [nameAndTagEnd, nameAndTagEnd];
}
/** Go `ReferenceRegexp.FindStringSubmatch` (anchored): `null` when `s` is not a reference. */
function matchReference(s) {
	const [nameEnd, nameAndTagEnd] = splitReferenceParts(s);
	let digest = "";
	if (nameAndTagEnd < s.length) {
		if (!scanDigest(s, nameAndTagEnd + 1, s.length)) return null;
		digest = s.slice(nameAndTagEnd + 1);
	}
	let tag = "";
	if (nameEnd < nameAndTagEnd) {
		if (!scanTag(s, nameEnd + 1, nameAndTagEnd)) return null;
		tag = s.slice(nameEnd + 1, nameAndTagEnd);
	}
	if (scanName(s, 0, nameEnd) < 0) return null;
	return {
		name: s.slice(0, nameEnd),
		tag,
		digest
	};
}
// src/reference/normalize.ts
/** The canonical Docker Hub domain. */
const DOCKER_HUB_DOMAIN = "docker.io";
/** The namespace of Docker Hub's official images. */
const OFFICIAL_REPO_PREFIX = "library/";
const dockerHubAliases = /* @__PURE__ */ new Set([
	DOCKER_HUB_DOMAIN,
	"index.docker.io",
	"registry-1.docker.io",
	"registry.hub.docker.com"
]);
/** Whether `domain` is Docker Hub: `docker.io` or one of its aliases (exact spelling). */
function isDockerHub(domain) {
	return dockerHubAliases.has(domain);
}
function hasUppercase(s) {
	return s.toLowerCase() !== s;
}
/**
* Splits a name into domain and remote path the way Docker does (Go `splitDockerDomain`, with our
* alias folding). The first component is a domain when it is `localhost`, contains `.` or `:`, or
* has uppercase letters; otherwise the domain is `docker.io`. On Docker Hub a single-component
* path gets `library/`. No validation happens here, and whatever follows the name (`:tag`,
* `@digest`) stays at the end of `path`.
*/
function splitDomain(input) {
	const slash = input.indexOf("/");
	if (slash === -1) return {
		domain: DOCKER_HUB_DOMAIN,
		path: OFFICIAL_REPO_PREFIX + input
	};
	const first = input.slice(0, slash);
	const rest = input.slice(slash + 1);
	let domain;
	let path;
	if (first === "localhost") {
		domain = first;
		path = rest;
	} else if (isDockerHub(first)) {
		domain = DOCKER_HUB_DOMAIN;
		path = rest;
	} else if (first.includes(".") || first.includes(":") || hasUppercase(first)) {
		domain = first;
		path = rest;
	} else {
		domain = DOCKER_HUB_DOMAIN;
		path = input;
	}
	if (domain === "docker.io" && !path.includes("/")) path = OFFICIAL_REPO_PREFIX + path;
	return {
		domain,
		path
	};
}
// src/reference/errors.ts
/** Longest input quoted in full in a message; longer inputs are shortened with an ellipsis. */
const QUOTE_MAX = 120;
/** The input as a quoted string for a message (escaped, shortened when very long). */
function quote(s) {
	if (s.length <= QUOTE_MAX) return JSON.stringify(s);
	return `${JSON.stringify(s.slice(0, 100))}…(${s.length} characters)`;
}
/** Builds the error: `"<input>" is not a valid image reference: <reason>` (one sentence). */
function referenceError(kind, input, reason) {
	return {
		kind,
		message: `${quote(input)} is not a valid image reference: ${reason}`
	};
}
const PATH_RULE = "lowercase letters and digits, separated by \".\", \"_\", \"__\" or \"-\"";
/** The reason for a digest that go-digest refuses. */
function digestReason(problem, digest, available) {
	switch (problem.kind) {
		case "digest-invalid-length": return `the ${problem.algorithm} digest must have ${problem.expectedLength} hexadecimal characters, not ${problem.actualLength}`;
		case "digest-unsupported": return `the digest algorithm ${quote(problem.algorithm)} is not supported (use ${available.join(", ")})`;
		default: return `the digest ${quote(digest)} must be an algorithm, ":" and lowercase hexadecimal characters`;
	}
}
/**
* Go's `strings.ToLower`, as far as it matters here: JavaScript lowercases U+0130 (İ) to two code
* units ("i" + U+0307) where Go's simple case mapping gives "i".
*/
function lowerLikeGo(s) {
	return s.replaceAll("İ", "i").toLowerCase();
}
/**
* The same reference with its name (not its tag or digest) lowercased, when that is valid by
* `isValid`; otherwise undefined.
*/
function lowercaseSuggestion(input, isValid) {
	const [nameEnd] = splitReferenceParts(input);
	const candidate = lowerLikeGo(input.slice(0, nameEnd)) + input.slice(nameEnd);
	return candidate !== input && isValid(candidate) ? candidate : void 0;
}
/** The reason for an uppercase name, with the lowercase spelling when there is one. */
function uppercaseReason(suggestion) {
	return `repository names must be lowercase${suggestion === void 0 ? "" : ` (did you mean ${quote(suggestion)}?)`}`;
}
const TEMPLATE_MARKERS = [
	"{{",
	"}}",
	"${",
	"$(",
	"<",
	">",
	"%{"
];
function hasWhitespace(s) {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 || c >= 9 && c <= 13 || c === 160 || c === 65279) return true;
	}
	return false;
}
/** Why a name (the part before tag and digest) does not match, or undefined when nothing specific is found. */
function diagnoseName(name) {
	if (name === "") return "the repository name before the tag or digest is empty";
	const components = name.split("/");
	const firstSlash = name.indexOf("/");
	const first = components[0] ?? "";
	const hostLike = firstSlash !== -1 && /[.:[\]]/.test(first);
	if (hostLike && !isDomain(first)) return `the registry ${quote(first)} is not a valid host[:port]`;
	const pathComponents = hostLike ? components.slice(1) : components;
	for (const component of pathComponents) {
		if (component === "") return "it has an empty path component (a \"//\", or a \"/\" at the start or end)";
		if (!isPathComponent(component)) return `the path component ${quote(component)} must be ${PATH_RULE}`;
	}
}
/**
* A specific reason why `s` does not match the reference grammar (for `invalid-format`), as a
* clause to follow "is not a valid image reference: ".
*/
function diagnoseFormat(s) {
	if (TEMPLATE_MARKERS.some((marker) => s.includes(marker))) return "it is a template expression or placeholder, not a literal image reference";
	if (hasWhitespace(s)) return "it contains whitespace";
	const scheme = s.indexOf("://");
	if (scheme !== -1) return `remove the URL scheme ${quote(s.slice(0, scheme + 3))}; a reference has none`;
	const at = s.indexOf("@");
	if (at !== -1 && s.indexOf("@", at + 1) !== -1) return "it contains more than one \"@\"";
	const [nameEnd, nameAndTagEnd] = splitReferenceParts(s);
	const beforeDigest = s.slice(0, nameAndTagEnd);
	if (beforeDigest.startsWith("[") && !beforeDigest.includes("/")) return "it names only a registry host; add a repository path, like \"[::1]:5000/app\"";
	const afterLastSlash = beforeDigest.slice(beforeDigest.lastIndexOf("/") + 1);
	if (afterLastSlash.indexOf(":") !== afterLastSlash.lastIndexOf(":")) return "it has more than one \":\" after the last \"/\"; only the tag follows a \":\" there";
	if (nameAndTagEnd < s.length) {
		const digest = s.slice(nameAndTagEnd + 1);
		if (!isDigestSyntax(digest)) return `the digest ${quote(digest)} must be an algorithm, ":" and at least 32 hexadecimal characters, like "sha256:<64 hex>"`;
	}
	if (nameEnd < nameAndTagEnd) {
		const tag = s.slice(nameEnd + 1, nameAndTagEnd);
		if (tag === "") return "the tag after \":\" is empty";
		if (!isTag(tag)) return `the tag ${quote(tag)} must be 1 to 128 letters, digits, "_", "." or "-", not starting with "." or "-"`;
	}
	return diagnoseName(s.slice(0, nameEnd)) ?? "it does not have the form [host[:port]/]path[:tag][@digest] with a lowercase path";
}
function fail(input, kind, reason) {
	return {
		ok: false,
		error: referenceError(kind, input, reason)
	};
}
function toResult(outcome, input) {
	return "ref" in outcome ? {
		ok: true,
		ref: outcome.ref
	} : fail(input, outcome.kind, outcome.reason);
}
function tooLongReason(length) {
	return `its repository path is ${length} characters long, more than the 255 allowed`;
}
/** Go `Parse`, reporting reasons about `original` (the text the user wrote). */
function parseOutcome(s, options, original) {
	const match = matchReference(s);
	if (match === null) {
		if (s === "") return {
			kind: "empty",
			reason: "it is empty"
		};
		if (matchReference(lowerLikeGo(s)) !== null) return {
			kind: "uppercase",
			reason: uppercaseReason(lowercaseSuggestion(original, (candidate) => matchReference(candidate) !== null))
		};
		return {
			kind: "invalid-format",
			reason: diagnoseFormat(original)
		};
	}
	const named = matchName(match.name) ?? {
		domain: "",
		path: match.name
	};
	if (named.path.length > 255) return {
		kind: "name-too-long",
		reason: tooLongReason(named.path.length)
	};
	const ref = {
		domain: named.domain,
		path: named.path
	};
	if (match.tag !== "") ref.tag = match.tag;
	if (match.digest !== "") {
		const available = options?.digestAlgorithms ?? DEFAULT_DIGEST_ALGORITHMS;
		const problem = validateDigest(match.digest, available);
		if (problem) return {
			kind: problem.kind,
			reason: digestReason(problem, match.digest, available)
		};
		ref.digest = match.digest;
	}
	return { ref };
}
/**
* Parses a reference exactly as written (Go `Parse`), with no Docker Hub normalisation. The first
* component is the domain whenever it is a valid host and a `/` follows it, so `library/nginx` has
* domain `library`; `nginx` and `foo_bar/x` have domain "". Checks, in Go's order: empty, grammar
* (uppercase gets its own kind), path length ≤ 255, digest (go-digest: sha256, sha384, sha512 with
* exactly their length of lowercase hex).
*/
function parse(s, options) {
	return toResult(parseOutcome(s, options, s), s);
}
/** Go `ParseNormalizedNamed` as an outcome, with messages about `s`. */
function parseNormalizedOutcome(s, options) {
	if (s === "") return {
		kind: "empty",
		reason: "it is empty"
	};
	if (isIdentifier(s)) return {
		kind: "not-canonical",
		reason: "a bare 64-character hexadecimal string is an image ID, not a repository name"
	};
	const { domain, path: remainder } = splitDomain(s);
	const colon = remainder.indexOf(":");
	const remote = colon === -1 ? remainder : remainder.slice(0, colon);
	if (remote.toLowerCase() !== remote) {
		const suggestion = lowercaseSuggestion(s, (candidate) => "ref" in parseNormalizedOutcome(candidate, options));
		if (suggestion === void 0) {
			const outcome = parseOutcome(`${domain}/${remainder}`, options, s);
			if (!("ref" in outcome)) return outcome;
		}
		return {
			kind: "uppercase",
			reason: uppercaseReason(suggestion)
		};
	}
	const outcome = parseOutcome(`${domain}/${remainder}`, options, s);
	if ("ref" in outcome && outcome.ref.domain === "") {
		const ref = outcome.ref;
		return { ref: {
			...ref,
			domain,
			path: ref.path.slice(domain.length + 1)
		} };
	}
	return outcome;
}
/**
* Parses and normalises a reference the way Docker does (Go `ParseNormalizedNamed`): the domain
* defaults to `docker.io` (aliases `index.docker.io`, `registry-1.docker.io` and
* `registry.hub.docker.com` fold into it), a single-component Docker Hub path gets `library/`.
* No `:latest` is added. A bare 64-hex string is refused (`not-canonical`); uppercase is allowed
* only in a first component that is taken as a domain (`Foo/bar` has domain `Foo`).
*/
function parseNormalized(s, options) {
	return toResult(parseNormalizedOutcome(s, options), s);
}
// src/resolver/glob.ts
/**
* Globs over normalised image names (`docker.io/library/nginx`): `*` matches within one path segment,
* `**` matches across segments, `?` matches one character of a segment. A trailing `/**` also matches
* the name itself (`registry.example.com/team/**` covers `registry.example.com/team`).
*/
const GLOB_CHARS = /[*?]/;
/** Whether `segment` is a registry host by the reference grammar's rule (`.`, `:` or `localhost`). */
function looksLikeHost(segment) {
	return segment.includes(".") || segment.includes(":") || segment === "localhost";
}
/**
* Normalise an exclude pattern the way names are normalised: Docker Hub aliases become `docker.io`, a
* pattern without a registry host is a Docker Hub name (`busybox` → `docker.io/library/busybox`,
* `bitnami/**` → `docker.io/bitnami/**`), a bare host means everything on it
* (`registry.example.com` → `registry.example.com/**`), and the host is lower-cased.
*/
function normalizeNamePattern(pattern) {
	const slash = pattern.indexOf("/");
	const first = slash < 0 ? pattern : pattern.slice(0, slash);
	if (GLOB_CHARS.test(first)) return pattern;
	if (slash < 0 && looksLikeHost(first)) {
		const host = first.toLowerCase();
		return isDockerHub(host) ? "docker.io/**" : `${host}/**`;
	}
	let host = "docker.io";
	let rest = pattern;
	if (slash >= 0 && looksLikeHost(first)) {
		host = first.toLowerCase();
		rest = pattern.slice(slash + 1);
	}
	if (isDockerHub(host)) {
		host = "docker.io";
		if (!rest.includes("/") && !GLOB_CHARS.test(rest)) rest = `library/${rest}`;
	}
	return `${host}/${rest}`;
}
function escapeRegExp(text) {
	return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
/** Translate one glob into an anchored regular-expression source. */
function globToRegExpSource(glob) {
	let out = "";
	let i = 0;
	while (i < glob.length) if (glob.startsWith("/**", i) && i + 3 === glob.length) {
		out += "(?:/.*)?";
		i += 3;
	} else if (glob.startsWith("**/", i) && (i === 0 || glob[i - 1] === "/")) {
		out += "(?:.*/)?";
		i += 3;
	} else if (glob.startsWith("**", i)) {
		out += ".*";
		i += 2;
	} else if (glob[i] === "*") {
		out += "[^/]*";
		i += 1;
	} else if (glob[i] === "?") {
		out += "[^/]";
		i += 1;
	} else {
		out += escapeRegExp(glob[i]);
		i += 1;
	}
	return `^${out}$`;
}
/** Compile `patterns` (normalised with `normalizeNamePattern`) into a matcher. */
function compileGlobs(patterns) {
	const compiled = patterns.map((pattern) => ({
		pattern,
		regexp: new RegExp(globToRegExpSource(normalizeNamePattern(pattern)))
	}));
	if (compiled.length === 0) return { match: () => void 0 };
	const combined = new RegExp(compiled.map((c) => `(?:${c.regexp.source})`).join("|"));
	return { match(name) {
		if (!combined.test(name)) return void 0;
		return compiled.find((c) => c.regexp.test(name))?.pattern;
	} };
}
// src/resolver/placeholders.ts
const PATTERNS = [
	{
		test: (v) => v.trim() === "",
		reason: "the value is empty"
	},
	{
		test: (v) => v.includes("{{") || v.includes("}}"),
		reason: "the value is a Go/Helm template ({{ ... }})"
	},
	{
		test: (v) => v.includes("${"),
		reason: "the value holds a shell/envsubst variable (${...})"
	},
	{
		test: (v) => v.includes("$("),
		reason: "the value holds a Kubernetes/Tekton variable ($(...))"
	},
	{
		test: (v) => /\$[A-Za-z_]/.test(v),
		reason: "the value holds a shell variable ($NAME)"
	},
	{
		test: (v) => v.startsWith("ko://"),
		reason: "the value is a ko build path (ko://...)"
	},
	{
		test: (v) => v.includes("{") || v.includes("}"),
		reason: "the value holds a {placeholder} (kustomize setter or Bazel stamp)"
	},
	{
		test: (v) => v === "auto",
		reason: "the value is Istio's injection placeholder \"auto\""
	}
];
/** Why `value` is a template or placeholder rather than a reference, or undefined when it is not one. */
function placeholderReason(value) {
	for (const pattern of PATTERNS) if (pattern.test(value)) return pattern.reason;
}
// src/resolver/resolver.ts
const K8S_GCR = "k8s.gcr.io/";
const GCR_GOOGLE_CONTAINERS = "gcr.io/google-containers/";
/** Whether a mirror is marked dead (with or without a date). */
function isDead(target) {
	return target.dead === true || target.deadSince !== void 0;
}
/** "quay.azk8s.cn (dead since 2020-04-02: only Azure China IPs)" */
function describeDeadMirror(target) {
	const since = target.deadSince === void 0 ? "dead, date unknown" : `dead since ${target.deadSince}`;
	const why = target.deadReason ? `: ${target.deadReason}` : "";
	return `${target.mirror} (${since}${why})`;
}
/** The other spelling of a legacy Kubernetes image name, if it has one. */
function equivalentName(name) {
	if (name.startsWith(K8S_GCR)) return GCR_GOOGLE_CONTAINERS + name.slice(11);
	if (name.startsWith(GCR_GOOGLE_CONTAINERS)) return K8S_GCR + name.slice(25);
}
function compileRule(rule) {
	const match = rule.match.toLowerCase();
	return {
		rule,
		label: `${rule.match} (${rule.origin})`,
		segments: match === "*" ? [] : match.split("/"),
		live: rule.mirrors.filter((m) => !isDead(m)),
		dead: rule.mirrors.filter(isDead),
		deadBeforeLive: rule.mirrors.slice(0, Math.max(0, rule.mirrors.findIndex((m) => !isDead(m))))
	};
}
/** The rule tables, built once per resolver. */
var RuleTable = class {
	/** Lower-cased match text -> the first rule with that match (ties go to the earlier rule). */
	byMatch = /* @__PURE__ */ new Map();
	wildcard;
	/** Lower-cased mirror text -> the first rule naming it. */
	mirrorOwners = /* @__PURE__ */ new Map();
	constructor(rules) {
		let wildcard;
		for (const rule of rules) {
			const compiled = compileRule(rule);
			if (compiled.segments.length === 0) wildcard ??= compiled;
			else {
				const key = compiled.segments.join("/");
				if (!this.byMatch.has(key)) this.byMatch.set(key, compiled);
			}
			for (const target of rule.mirrors) {
				const key = target.mirror.toLowerCase();
				if (!this.mirrorOwners.has(key)) this.mirrorOwners.set(key, {
					rule: compiled,
					target
				});
			}
		}
		this.wildcard = wildcard;
	}
	/** The most specific host/path rule covering `segments`, ignoring `*`. */
	specific(segments) {
		for (let n = segments.length; n >= 1; n--) {
			const compiled = this.byMatch.get(segments.slice(0, n).join("/"));
			if (compiled !== void 0) return {
				compiled,
				covered: n
			};
		}
	}
	/**
	* The rule for `name`: its most specific host/path rule; else the same for its k8s.gcr.io ≡
	* gcr.io/google-containers twin; else `*`. (A `*` rule does not hide a specific rule that matches
	* the twin: `*` is the last resort.)
	*/
	find(name) {
		const direct = this.specific(name.split("/"));
		if (direct !== void 0) return {
			...direct,
			name,
			viaEquivalence: false
		};
		const twin = equivalentName(name);
		if (twin !== void 0) {
			const viaTwin = this.specific(twin.split("/"));
			if (viaTwin !== void 0) return {
				...viaTwin,
				name: twin,
				viaEquivalence: true
			};
		}
		if (this.wildcard !== void 0) return {
			compiled: this.wildcard,
			name,
			covered: 0,
			viaEquivalence: false
		};
	}
	/** The rule whose mirror (any candidate, dead or alive) `name` already lives under. */
	owner(name) {
		if (this.mirrorOwners.size === 0) return void 0;
		const segments = name.split("/");
		for (let n = segments.length; n >= 1; n--) {
			const owner = this.mirrorOwners.get(segments.slice(0, n).join("/"));
			if (owner !== void 0) return owner;
		}
	}
};
function lastSegment(path) {
	return path.slice(path.lastIndexOf("/") + 1);
}
/** The repository name under `mirror` for a source name matched by a rule covering `covered` segments. */
function targetName(strategy, mirror, name, covered) {
	switch (strategy) {
		case "host": {
			const rest = name.split("/").slice(covered).join("/");
			return rest === "" ? mirror : `${mirror}/${rest}`;
		}
		case "prefix": return `${mirror}/${name}`;
		case "flatten": return `${mirror}/${lastSegment(name)}`;
	}
}
function withTagAndDigest(name, ref) {
	let out = name;
	if (ref.tag !== void 0) out += `:${ref.tag}`;
	if (ref.digest !== void 0) out += `@${ref.digest}`;
	return out;
}
function copyResolution(r) {
	const copy = {
		...r,
		warnings: [...r.warnings]
	};
	if (r.candidates !== void 0) copy.candidates = [...r.candidates];
	return copy;
}
var ResolverImpl = class {
	rules;
	table;
	excludes;
	cache = /* @__PURE__ */ new Map();
	cacheSize;
	constructor(settings, options) {
		this.rules = settings.rules;
		this.table = new RuleTable(settings.rules);
		this.excludes = compileGlobs(settings.exclude);
		this.cacheSize = options.cacheSize ?? 1e5;
	}
	resolve(input) {
		let cached = this.cache.get(input);
		if (cached === void 0) {
			cached = this.resolveUncached(input);
			if (this.cache.size >= this.cacheSize) this.cache.clear();
			this.cache.set(input, cached);
		}
		return copyResolution(cached);
	}
	resolveUncached(input) {
		const placeholder = placeholderReason(input);
		if (placeholder !== void 0) return {
			input,
			status: "skipped",
			reason: placeholder,
			warnings: []
		};
		const parsed = parseNormalized(input);
		if (!parsed.ok) return {
			input,
			status: "invalid",
			reason: parsed.error.message,
			warnings: []
		};
		const ref = parsed.ref;
		const name = `${ref.domain}/${ref.path}`;
		const key = `${ref.domain.toLowerCase()}/${ref.path}`;
		const excludedBy = this.excludes.match(key);
		if (excludedBy !== void 0) return {
			input,
			status: "excluded",
			reason: `matches exclude pattern "${excludedBy}"`,
			warnings: [],
			name
		};
		const owner = this.table.owner(key);
		if (owner !== void 0) {
			const warnings = isDead(owner.target) ? [`${input} is under mirror ${describeDeadMirror(owner.target)}; pick a live mirror`] : [];
			return {
				input,
				status: "already-mirrored",
				rule: owner.rule.label,
				strategy: owner.rule.rule.strategy,
				reason: `already under mirror ${owner.target.mirror}`,
				warnings,
				name
			};
		}
		const match = this.table.find(key);
		if (match === void 0) return {
			input,
			status: "no-rule",
			reason: `no rule matches ${name}`,
			warnings: [],
			name
		};
		return this.rewrite(input, ref, name, match);
	}
	rewrite(input, ref, name, match) {
		const { compiled } = match;
		const { strategy } = compiled.rule;
		const base = {
			input,
			rule: compiled.label,
			strategy,
			name
		};
		const warnings = [];
		if (match.viaEquivalence) warnings.push(`matched as ${match.name} (k8s.gcr.io/X and gcr.io/google-containers/X are the same image)`);
		if (compiled.live.length === 0) {
			const dead = compiled.dead.map(describeDeadMirror).join(", ");
			const plural = compiled.dead.length === 1 ? "its only mirror" : "every mirror";
			return {
				...base,
				status: "dead-mirror",
				reason: `rule ${compiled.rule.match} matches, but ${plural} is marked dead: ${dead}`,
				warnings
			};
		}
		const sourceHost = match.name.slice(0, match.name.indexOf("/"));
		if (strategy === "prefix" && sourceHost.includes(":")) return {
			...base,
			status: "no-rule",
			reason: `rule ${compiled.rule.match} uses the prefix strategy, which cannot carry the host with a port "${sourceHost}" in a repository path; add a host or flatten rule for ${sourceHost}, or exclude it`,
			warnings
		};
		const candidates = [];
		const names = [];
		let problem;
		for (const target of compiled.live) {
			const outName = targetName(strategy, target.mirror, match.name, match.covered);
			const out = withTagAndDigest(outName, ref);
			const check = parse(out);
			if (!check.ok) {
				problem ??= `rewriting with mirror ${target.mirror} would give the invalid reference "${out}": ${check.error.message}`;
				continue;
			}
			candidates.push(out);
			names.push(outName);
		}
		if (candidates.length === 0) return {
			...base,
			status: "no-rule",
			reason: problem,
			warnings
		};
		if (problem !== void 0) warnings.push(problem);
		for (const target of compiled.deadBeforeLive) warnings.push(`skipped mirror ${describeDeadMirror(target)}`);
		if (strategy === "flatten" && ref.digest !== void 0) warnings.push("the digest is kept, but a flattened mirror re-pushes images and may not serve it; verify the mirror");
		if (match.name.startsWith(K8S_GCR) || name.startsWith(K8S_GCR)) warnings.push("k8s.gcr.io is frozen since 2023-04-03 (no new images or fixes); move to registry.k8s.io");
		return {
			...base,
			status: "rewrite",
			output: candidates[0],
			outputName: names[0],
			candidates,
			warnings
		};
	}
};
/**
* Build a resolver for `settings.rules` (own rules first, then preset rules) and `settings.exclude`.
* Rule tables are precomputed; `resolve` is cached per input string, so call it freely.
*/
function createResolver(settings, options = {}) {
	return new ResolverImpl(settings, options);
}
// src/edit/apply.ts
/**
* Sort edits, drop exact duplicates (two sites sharing one scalar, e.g. a Helm global registry), and
* separate overlapping edits that disagree: those are returned as conflicts and not applied.
*/
function normalizeEdits(edits) {
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	const kept = [];
	const conflicts = [];
	for (const e of sorted) {
		const last = kept[kept.length - 1];
		if (last && e.start < last.end) {
			if (e.start === last.start && e.end === last.end && e.text === last.text) continue;
			conflicts.push({
				edit: e,
				with: last
			});
			continue;
		}
		if (last && e.start === last.start && e.end === last.end && e.start === e.end && e.text === last.text) continue;
		kept.push(e);
	}
	return {
		edits: kept,
		conflicts
	};
}
/**
* Apply non-overlapping, sorted edits in one linear pass (never repeated slicing: that is quadratic).
* Everything outside the edited ranges is copied unchanged.
*/
function applyEdits(text, edits) {
	if (edits.length === 0) return text;
	const parts = [];
	let pos = 0;
	for (const e of edits) {
		parts.push(text.slice(pos, e.start), e.text);
		pos = e.end;
	}
	parts.push(text.slice(pos));
	return parts.join("");
}
// src/edit/render.ts
/** Characters a plain (unquoted) image reference may hold in block and flow context alike. */
const PLAIN_SAFE = /^(?:[A-Za-z0-9]|-[A-Za-z0-9-])[A-Za-z0-9._/:@+=-]*$/;
/** Plain scalars YAML would read as something other than a string (numbers, booleans, null). */
const NON_STRING_PLAIN = /^(?:[-+]?(?:\d[\d_]*)?\.?\d[\d_.eE+-]*|true|false|yes|no|on|off|null|~)$/i;
/**
* Render `value` as the text of `node`'s replacement, in the node's own quoting style, or return
* null when that cannot be done safely (block scalars, multi-line scalars).
* `source` is the node's current text (`text.slice(range[0], range[1])`).
*/
function renderScalar(node, source, value) {
	if (source.includes("\n") || source.includes("\r")) return null;
	switch (node.type) {
		case import_dist.Scalar.QUOTE_DOUBLE: return JSON.stringify(value);
		case import_dist.Scalar.QUOTE_SINGLE: return `'${value.replace(/'/g, "''")}'`;
		case import_dist.Scalar.PLAIN:
			if (PLAIN_SAFE.test(value) && !NON_STRING_PLAIN.test(value)) return value;
			return JSON.stringify(value);
		default: return null;
	}
}
/** Why a scalar cannot be edited, for `unsafe-edit` findings; undefined when it can. */
function uneditableReason(node, source) {
	if (node.type === import_dist.Scalar.BLOCK_LITERAL || node.type === import_dist.Scalar.BLOCK_FOLDED) return "the value is a block scalar (| or >); edit it by hand or write it as a plain string";
	if (source.includes("\n") || source.includes("\r")) return "the value spans several lines; write it on one line so it can be edited safely";
}
// src/locate/field-specs.ts
/**
* Built-in field specs: where images live in common CRDs. Data, not code: a path is dot- or
* slash-separated, `x[]` walks every item of list `x`, `*` any key, `**` any depth (including none).
* The pod-spec locations (`containers`, `initContainers`, `ephemeralContainers` at any depth, and
* `volumes[].image.reference`) are found in every object and need no entry here.
*/
const BUILTIN_FIELD_SPECS = [
	...[
		"Prometheus",
		"Alertmanager",
		"ThanosRuler",
		"PrometheusAgent"
	].map((kind) => ({
		kind,
		group: "monitoring.coreos.com",
		path: "spec.image"
	})),
	{
		kind: "Prometheus",
		group: "monitoring.coreos.com",
		path: "spec.thanos.image"
	},
	...[
		"Workflow",
		"WorkflowTemplate",
		"ClusterWorkflowTemplate",
		"CronWorkflow"
	].flatMap((kind) => [
		"container.image",
		"script.image",
		"sidecars[].image",
		"initContainers[].image"
	].map((leaf) => ({
		kind,
		group: "argoproj.io",
		path: `spec.**.templates[].${leaf}`
	}))),
	...[
		"Task",
		"ClusterTask",
		"TaskRun",
		"Pipeline",
		"PipelineRun",
		"StepAction"
	].flatMap((kind) => [
		"steps[].image",
		"sidecars[].image",
		"stepTemplate.image"
	].map((leaf) => ({
		kind,
		group: "tekton.dev",
		path: `spec.**.${leaf}`
	}))),
	{
		kind: "StepAction",
		group: "tekton.dev",
		path: "spec.image"
	},
	...[
		"VirtualMachine",
		"VirtualMachineInstance",
		"VirtualMachineInstanceReplicaSet",
		"VirtualMachinePool"
	].map((kind) => ({
		kind,
		group: "kubevirt.io",
		path: "spec.**.containerDisk.image"
	})),
	...["SparkApplication", "ScheduledSparkApplication"].flatMap((kind) => ["spec.**.image"].map((path) => ({
		kind,
		group: "sparkoperator.k8s.io",
		path
	}))),
	{
		kind: "Cluster",
		group: "postgresql.cnpg.io",
		path: "spec.imageName"
	},
	{
		kind: "ImageCatalog",
		group: "postgresql.cnpg.io",
		path: "spec.images[].image"
	},
	{
		kind: "ClusterImageCatalog",
		group: "postgresql.cnpg.io",
		path: "spec.images[].image"
	},
	...["spec.source.kustomize.images[]", "spec.sources[].kustomize.images[]"].flatMap((path) => [{
		kind: "Application",
		group: "argoproj.io",
		path,
		format: "name=reference"
	}, {
		kind: "ApplicationSet",
		group: "argoproj.io",
		path: `spec.template.${path}`,
		format: "name=reference"
	}]),
	...[
		"Elasticsearch",
		"Kibana",
		"ApmServer",
		"EnterpriseSearch",
		"Beat",
		"Agent",
		"Logstash"
	].map((kind) => ({
		kind,
		group: "k8s.elastic.co",
		path: "spec.image"
	})),
	{
		kind: "Image",
		group: "caching.internal.knative.dev",
		path: "spec.image"
	},
	{
		kind: "ClusterStorageContainer",
		group: "serving.kserve.io",
		path: "spec.container.image"
	},
	{
		kind: "IstioOperator",
		group: "install.istio.io",
		path: "spec.hub",
		format: "hub"
	}
];
const CONFIG_DATA_SPECS = [
	{
		operator: "local-path-provisioner",
		name: "local-path-config",
		key: "helperPod.yaml",
		holds: "object"
	},
	{
		operator: "Katib",
		name: "katib-config",
		key: "katib-config.yaml",
		holds: { paths: [
			"runtime.metricsCollectors[].image",
			"runtime.suggestions[].image",
			"runtime.earlyStoppings[].image"
		] }
	},
	...[
		"suggestion",
		"metrics-collector-sidecar",
		"early-stopping"
	].map((key) => ({
		operator: "Katib",
		name: "katib-config",
		key,
		holds: { paths: ["*.image"] }
	})),
	{
		operator: "Argo Workflows",
		name: "workflow-controller-configmap",
		key: "executor",
		holds: { paths: ["image"] }
	},
	{
		operator: "Argo Workflows",
		name: "workflow-controller-configmap",
		key: "config",
		holds: { paths: ["executor.image", "mainContainer.image"] }
	},
	...[
		"storageInitializer",
		"agent",
		"logger",
		"batcher",
		"router"
	].map((key) => ({
		operator: "KServe",
		name: "inferenceservice-config",
		key,
		holds: { paths: ["image"] }
	})),
	{
		operator: "Knative Serving",
		name: "config-deployment",
		key: "queue-sidecar-image",
		holds: "reference"
	},
	{
		operator: "Knative Serving",
		name: "config-deployment",
		key: "queueSidecarImage",
		holds: "reference"
	}
];
/** A ConfigMap data key named like an image (`helper-image`, `sidecarImage`, `IMAGE`), not its parts. */
const IMAGE_DATA_KEY = /image$/i;
const NOT_IMAGE_DATA_KEY = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;
/** Compile `spec.**.templates[].container.image` into steps. */
function compilePath(path) {
	return path.split(/[./]/).filter((s) => s !== "").map((seg) => {
		if (seg === "**") return { deep: true };
		const list = seg.endsWith("[]");
		const key = list ? seg.slice(0, -2) : seg;
		return key === "*" ? {
			any: true,
			list
		} : {
			key,
			list
		};
	});
}
/** `apps/v1` → `apps`; `v1` → `` (core). */
function groupOf(apiVersion) {
	const i = apiVersion.lastIndexOf("/");
	return i < 0 ? "" : apiVersion.slice(0, i);
}
function compileSpecs(specs) {
	return specs.map((s) => ({
		kind: s.kind,
		group: s.group,
		steps: compilePath(s.path),
		format: s.format
	}));
}
/** The compiled specs that apply to an object of `kind` in `apiVersion`. */
function specsFor(specs, kind, apiVersion) {
	const group = groupOf(apiVersion);
	return specs.filter((s) => s.kind === kind && (s.group === void 0 || s.group === group));
}
// src/locate/imageless-kinds.ts
/**
* Kinds whose objects hold no image reference that any locator reads: no pod template, no container,
* no image field, no embedded values. Keyed by API group ("" is the core group) and kind, since a kind
* name alone is not enough (Knative's `serving.knative.dev` `Service` holds containers; the core
* `Service` does not). The engine does not parse such documents into nodes (a multi-MB bundle of
* CustomResourceDefinitions costs nothing to scan); test/engine/imageless.test.ts proves that the
* results are the same with and without this table on every tree the tests have.
*
* ConfigMaps and Secrets are not here: operators read images from ConfigMap data.
*/
const IMAGELESS_KINDS = {
	"": [
		"Service",
		"ServiceAccount",
		"Namespace",
		"Endpoints",
		"LimitRange",
		"ResourceQuota",
		"PersistentVolume",
		"PersistentVolumeClaim"
	],
	"apiextensions.k8s.io": ["CustomResourceDefinition"],
	"rbac.authorization.k8s.io": [
		"Role",
		"ClusterRole",
		"RoleBinding",
		"ClusterRoleBinding"
	],
	"admissionregistration.k8s.io": [
		"ValidatingWebhookConfiguration",
		"MutatingWebhookConfiguration",
		"ValidatingAdmissionPolicy",
		"ValidatingAdmissionPolicyBinding"
	],
	"apiregistration.k8s.io": ["APIService"],
	"networking.k8s.io": [
		"Ingress",
		"IngressClass",
		"NetworkPolicy"
	],
	"discovery.k8s.io": ["EndpointSlice"],
	policy: ["PodDisruptionBudget"],
	"scheduling.k8s.io": ["PriorityClass"],
	"storage.k8s.io": [
		"StorageClass",
		"CSIDriver",
		"VolumeAttachment"
	],
	"coordination.k8s.io": ["Lease"],
	autoscaling: ["HorizontalPodAutoscaler"],
	"cert-manager.io": [
		"Certificate",
		"Issuer",
		"ClusterIssuer"
	],
	"monitoring.coreos.com": [
		"ServiceMonitor",
		"PodMonitor",
		"PrometheusRule",
		"Probe"
	]
};
/**
* May an object of this `apiVersion` and `kind` hold an image a locator reads? False only for the
* kinds above that no field spec of the settings (user `fields` included) names.
*/
function mayHoldImages(apiVersion, kind, specs) {
	const slash = apiVersion.indexOf("/");
	const group = slash < 0 ? "" : apiVersion.slice(0, slash);
	if (!IMAGELESS_KINDS[group]?.includes(kind)) return true;
	return specs.some((s) => s.kind === kind && (s.group === void 0 || s.group === group));
}
// src/locate/scalar-site.ts
function spanOf(node) {
	const r = node.range;
	return r ? {
		start: r[0],
		end: r[1]
	} : {
		start: 0,
		end: 0
	};
}
/**
* A site whose whole reference is one string scalar (`image: nginx:1.25`). Rewriting replaces the
* scalar's text by the new reference in the same quoting style.
*/
function scalarSite(text, node, init) {
	const span = spanOf(node);
	return {
		source: init.source,
		field: init.field,
		ref: init.ref ?? (isBlock(node) ? String(node.value).trim() : String(node.value)),
		shape: init.shape,
		span,
		optIn: init.optIn,
		rewrite: (_to, toText) => replaceScalar(text, node, toText)
	};
}
/** Plan the replacement of a scalar's value by `value`, refusing what cannot be edited safely. */
function replaceScalar(text, node, value) {
	const span = spanOf(node);
	const source = text.slice(span.start, span.end);
	const reason = uneditableReason(node, source);
	if (reason) return {
		ok: false,
		reason,
		at: span
	};
	const rendered = renderScalar(node, source, value);
	if (rendered === null) return {
		ok: false,
		reason: "the value's quoting style cannot be kept",
		at: span
	};
	return {
		ok: true,
		edits: [{
			start: span.start,
			end: span.end,
			text: rendered
		}],
		at: span
	};
}
/**
* A reference written through an alias (`image: *img`): found and reported, never edited at the use
* site (the anchor's value is edited where it is defined, if that is itself an image field).
*/
function aliasSite(node, target, init) {
	const span = spanOf(node);
	return {
		source: init.source,
		field: init.field,
		ref: String(target.value),
		span,
		follows: spanOf(target),
		rewrite: () => ({
			ok: false,
			reason: `the value is an alias (*${node.source}); change the anchored value &${node.source} instead`,
			at: span
		})
	};
}
/**
* A scalar's value as the user spelled it: the source text for plain scalars (so `1.10` stays `1.10`
* rather than the number 1.1), the string value for quoted ones; undefined for null or empty.
*/
function spelledValue(text, node) {
	if (node.value === null || node.value === void 0 || node.value === "") return void 0;
	if (node.type === "PLAIN") {
		const span = spanOf(node);
		return text.slice(span.start, span.end);
	}
	return String(node.value);
}
function isBlock(node) {
	return node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
}
// src/locate/yaml-nodes.ts
/** `spec.containers[0].image`; keys that are not simple identifiers are written `["a.b"]`. */
function formatPath(path) {
	let out = "";
	for (const part of path) if (typeof part === "number") out += `[${part}]`;
	else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
	else out += `[${JSON.stringify(part)}]`;
	return out;
}
/** The plain string key of a pair, or undefined for complex or non-string keys. */
function keyOf(pair) {
	const k = pair.key;
	if ((0, import_dist.isScalar)(k)) return typeof k.value === "string" ? k.value : k.value == null ? void 0 : String(k.value);
}
/** The first pair of `map` whose key is `key`. */
function pairOf(map, key) {
	for (const item of map.items) if (keyOf(item) === key) return item;
}
/** The value node of `key` in `map` (undefined when absent or null). */
function nodeAt(map, key) {
	return pairOf(map, key)?.value ?? void 0;
}
/** The string value of a scalar `key` in `map`, or undefined. */
function stringOf(map, key) {
	const v = nodeAt(map, key);
	return (0, import_dist.isScalar)(v) && typeof v.value === "string" ? v.value : void 0;
}
function isStringScalar(node) {
	return (0, import_dist.isScalar)(node) && typeof node.value === "string";
}
// src/locate/chart.ts
const ANNOTATION = "artifacthub.io/images";
/**
* The images a chart declares in `Chart.yaml` `annotations."artifacthub.io/images"` (a YAML list of
* `{name, image}` inside a string). Each `image` is a site, rewritten with the same rules as the
* chart's values so the declared images match what the chart runs. The inner text is edited in
* place when it is a literal block (`|`) or a one-line quoted string without escapes; otherwise its
* images are reported and not edited.
*/
function locateChartAnnotations(root, text) {
	const annotations = nodeAt(root, "annotations");
	if (!(0, import_dist.isMap)(annotations)) return [];
	const node = pairOf(annotations, ANNOTATION)?.value;
	if (!isStringScalar(node)) return [];
	const outer = spanOf(node);
	const map = innerMap(text, node);
	const inner = map?.inner ?? node.value;
	const sites = [];
	const docs = (0, import_dist.parseAllDocuments)(inner, { prettyErrors: false });
	if (!Array.isArray(docs)) return [];
	for (const doc of docs) {
		if (doc.errors.length > 0 || !(0, import_dist.isSeq)(doc.contents)) continue;
		doc.contents.items.forEach((item, i) => {
			if (!(0, import_dist.isMap)(item)) return;
			const image = nodeAt(item, "image");
			if (!isStringScalar(image) || image.value.trim() === "") return;
			const innerSpan = spanOf(image);
			const span = map ? {
				start: map.at(innerSpan.start),
				end: map.at(innerSpan.end)
			} : outer;
			const field = `annotations["${ANNOTATION}"][${i}].image`;
			sites.push({
				source: "chart",
				field,
				ref: image.value,
				shape: "chart-artifacthub-image",
				span,
				rewrite: (_to, toText) => {
					if (!map) return {
						ok: false,
						reason: `the ${ANNOTATION} annotation is not a literal block (|) or a plain one-line string; edit it by hand`,
						at: span
					};
					const source = inner.slice(innerSpan.start, innerSpan.end);
					const reason = uneditableReason(image, source);
					const rendered = reason ? null : renderScalar(image, source, toText);
					if (rendered === null) return {
						ok: false,
						reason: reason ?? "the value's quoting style cannot be kept",
						at: span
					};
					return {
						ok: true,
						edits: [{
							start: span.start,
							end: span.end,
							text: rendered
						}],
						at: span
					};
				}
			});
		});
	}
	return sites;
}
/** The inner text of a literal block or simple quoted string, and where each inner offset is in the file. */
function innerMap(text, node) {
	const span = spanOf(node);
	const source = text.slice(span.start, span.end);
	const value = String(node.value);
	if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
		const body = source.slice(1, -1);
		if (body !== value || /[\r\n\\]/.test(body)) return void 0;
		return {
			inner: body,
			at: (o) => span.start + 1 + o
		};
	}
	if (node.type !== "BLOCK_LITERAL") return void 0;
	const headerEnd = source.indexOf("\n");
	if (headerEnd < 0) return void 0;
	const innerStarts = [];
	const outerStarts = [];
	let pos = span.start + headerEnd + 1;
	let innerPos = 0;
	const lines = value.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i === lines.length - 1 && line === "") break;
		const end = text.indexOf("\n", pos);
		const outerLine = text.slice(pos, end < 0 ? text.length : end).replace(/\r$/, "");
		const indent = line === "" ? 0 : outerLine.length - line.length;
		if (indent < 0 || outerLine.slice(indent) !== line) return void 0;
		innerStarts.push(innerPos);
		outerStarts.push(pos + indent);
		innerPos += line.length + 1;
		pos = end < 0 ? text.length : end + 1;
	}
	return {
		inner: value,
		at: (o) => {
			let lo = 0;
			for (let i = 0; i < innerStarts.length; i++) if (innerStarts[i] <= o) lo = i;
			return outerStarts[lo] + (o - innerStarts[lo]);
		}
	};
}
// src/locate/embedded-refs.ts
const FLAG_WITH_VALUE = /^(--?[A-Za-z0-9][\w.-]*)=(\S+)$/;
const FLAG_ALONE = /^--?[A-Za-z0-9][\w.-]*$/;
/** Env names that hold an image reference: `*IMAGE*`, but not its tag, policy or pull secret. */
const IMAGE_ENV$1 = /image/i;
const NOT_IMAGE_ENV$1 = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;
/**
* Does `value` look like an image reference in a flag or env value? A flag named `*image*` may carry
* any valid reference; any other flag only one with an explicit registry host, a path and a tag or
* digest (`--config-reloader=quay.io/x/y:v1`), so `--log-level=info` is never taken for an image.
*/
function looksLikeImage(value, namedImage) {
	if (value.includes("{{") || value.includes("$(") || value.includes("${")) return false;
	const parsed = parseNormalized(value);
	if (!parsed.ok) return false;
	const slash = value.indexOf("/");
	const first = slash < 0 ? "" : value.slice(0, slash);
	const explicitHost = first.includes(".") || first.includes(":") || first === "localhost";
	const versioned = parsed.ref.tag !== void 0 || parsed.ref.digest !== void 0;
	if (namedImage) return slash >= 0 || versioned;
	return explicitHost && versioned;
}
/**
* Image references a container passes to its program: `--x-image=REF` and `--x-image REF` in `args`
* and `command`, and env vars named `*IMAGE*`. They are found and reported; they are rewritten only
* with `embedded: rewrite` (the program, not Kubernetes, pulls them).
*/
function embeddedSites(container, path, text) {
	const sites = [];
	for (const key of ["command", "args"]) {
		const list = nodeAt(container, key);
		if (!(0, import_dist.isSeq)(list)) continue;
		const items = list.items;
		items.forEach((item, i) => {
			if (!(0, import_dist.isScalar)(item) || typeof item.value !== "string") return;
			const field = formatPath([
				...path,
				key,
				i
			]);
			const m = FLAG_WITH_VALUE.exec(item.value);
			if (m) {
				const [, flag, value] = m;
				if (!looksLikeImage(value, /image/i.test(flag))) return;
				sites.push({
					source: "arg",
					field,
					ref: value,
					span: spanOf(item),
					optIn: true,
					rewrite: (_to, toText) => replaceScalar(text, item, `${flag}=${toText}`)
				});
				return;
			}
			const prev = items[i - 1];
			if ((0, import_dist.isScalar)(prev) && typeof prev.value === "string" && FLAG_ALONE.test(prev.value) && /image/i.test(prev.value) && (looksLikeImage(item.value, true) || item.value.startsWith("ko://"))) sites.push({
				source: "arg",
				field,
				ref: item.value,
				span: spanOf(item),
				optIn: true,
				rewrite: (_to, toText) => replaceScalar(text, item, toText)
			});
		});
	}
	const env = nodeAt(container, "env");
	if ((0, import_dist.isSeq)(env)) env.items.forEach((e, i) => {
		if (!(0, import_dist.isMap)(e)) return;
		const name = stringOf(e, "name");
		const value = nodeAt(e, "value");
		if (!name || !IMAGE_ENV$1.test(name) || NOT_IMAGE_ENV$1.test(name)) return;
		if (!(0, import_dist.isScalar)(value) || typeof value.value !== "string" || !looksLikeImage(value.value, true)) return;
		sites.push({
			source: "env",
			field: formatPath([
				...path,
				"env",
				i,
				"value"
			]),
			ref: value.value,
			span: spanOf(value),
			optIn: true,
			rewrite: (_to, toText) => replaceScalar(text, value, toText)
		});
	});
	return sites;
}
// src/locate/interpolation.ts
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const MAX_DEPTH = 8;
/**
* Expand `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
* (the forms BuildKit supports) in `raw`, written at `start` in the file, with `vars`. Undefined when
* the text is malformed (an unclosed `${`). With `dollarEscape` (Compose), `$$` is a literal `$`.
*/
function expandTemplate(raw, start, vars, depth = 0, dollarEscape = false) {
	const out = [];
	let literal = 0;
	const flush = (end) => {
		if (end > literal) out.push({
			value: raw.slice(literal, end),
			span: {
				start: start + literal,
				end: start + end
			}
		});
	};
	let i = 0;
	while (i < raw.length) {
		const c = raw[i];
		if (c === "\\" && raw[i + 1] === "$") {
			flush(i);
			out.push({ value: "$" });
			i += 2;
			literal = i;
			continue;
		}
		if (c !== "$") {
			i++;
			continue;
		}
		flush(i);
		if (dollarEscape && raw[i + 1] === "$") {
			out.push({ value: "$" });
			i += 2;
			literal = i;
			continue;
		}
		if (raw[i + 1] === "{") {
			const close = matchingBrace(raw, i + 2);
			if (close < 0) return void 0;
			const body = raw.slice(i + 2, close);
			const name = NAME.exec(body)?.[0];
			if (!name) return void 0;
			const op = /^(:?[-+])/.exec(body.slice(name.length))?.[1];
			const word = op === void 0 ? void 0 : body.slice(name.length + op.length);
			if (op === void 0 && body !== name) return void 0;
			const wordStart = start + i + 2 + name.length + (op?.length ?? 0);
			const variable = vars.get(name);
			const known = variable !== void 0 && variable.value !== null;
			const whole = {
				value: raw.slice(i, close + 1),
				unresolved: true
			};
			if (op === void 0) out.push(...known ? expansionOf(variable, vars, depth) ?? [whole] : [whole]);
			else if (op === ":-" || op === "-") {
				if (known && (op === "-" || variable.value !== "")) out.push(...expansionOf(variable, vars, depth) ?? [whole]);
				else if (variable === void 0 || variable.value !== null) out.push(...expandTemplate(word, wordStart, vars, depth + 1, dollarEscape) ?? [whole]);
				else out.push(whole);
			} else if (!known) out.push(whole);
			else if (op === ":+" && variable.value === "") out.push({ value: "" });
			else out.push(...expandTemplate(word, wordStart, vars, depth + 1, dollarEscape) ?? [whole]);
			i = close + 1;
		} else {
			const name = NAME.exec(raw.slice(i + 1))?.[0];
			if (!name) {
				i++;
				continue;
			}
			const variable = vars.get(name);
			const whole = {
				value: raw.slice(i, i + 1 + name.length),
				unresolved: true
			};
			out.push(...variable && variable.value !== null ? expansionOf(variable, vars, depth) ?? [whole] : [whole]);
			i += 1 + name.length;
		}
		literal = i;
	}
	flush(raw.length);
	return out;
}
/** The segments of a variable's value: itself, or its own expansion when it uses other ARGs. */
function expansionOf(variable, vars, depth) {
	const value = variable.value;
	if (!value.includes("$")) return [{
		value,
		span: variable.span
	}];
	if (depth >= MAX_DEPTH) return void 0;
	if (variable.span) return expandTemplate(value, variable.span.start, vars, depth + 1);
	return expandTemplate(value, 0, vars, depth + 1)?.map((s) => ({
		value: s.value,
		unresolved: s.unresolved
	}));
}
function matchingBrace(raw, from) {
	let depth = 1;
	for (let i = from; i < raw.length; i++) if (raw[i] === "{") depth++;
	else if (raw[i] === "}" && --depth === 0) return i;
	return -1;
}
/**
* The edits that make the segments compose `to`: the text that changes between the old and the new
* reference must lie inside one segment whose source text is its value (the FROM's own literal text,
* or an ARG default written plainly); otherwise the reference is reported, not edited.
*/
function rewriteSegments(text, segments, from, to, at) {
	if (segments.some((s) => s.unresolved)) return {
		ok: false,
		reason: "the image is only known at build time (an ARG without a default)",
		at
	};
	const only = segments.length === 1 ? segments[0] : void 0;
	if (only?.span && text.slice(only.span.start, only.span.end) === only.value && only.value === from) return {
		ok: true,
		edits: [{
			start: only.span.start,
			end: only.span.end,
			text: to
		}],
		at: only.span
	};
	let p = 0;
	while (p < from.length && p < to.length && from[p] === to[p]) p++;
	let s = 0;
	while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
	const a = p;
	const b = from.length - s;
	const insert = to.slice(p, to.length - s);
	let offset = 0;
	const candidates = [];
	for (const seg of segments) {
		const end = offset + seg.value.length;
		if (offset <= a && b <= end) candidates.push({
			seg,
			start: offset
		});
		offset = end;
	}
	const editable = candidates.find(({ seg }) => seg.span && text.slice(seg.span.start, seg.span.end) === seg.value);
	if (!editable?.seg.span) return {
		ok: false,
		reason: "the text that changes is not written in one place (it spans several ARGs, or an ARG default that is not plain text); edit the ARG or the FROM by hand",
		at
	};
	const base = editable.seg.span.start - editable.start;
	return {
		ok: true,
		edits: [{
			start: base + a,
			end: base + b,
			text: insert
		}],
		at: editable.seg.span
	};
}
// src/locate/interpolated-site.ts
/**
* A site whose reference is a string scalar that may hold `${VAR:-default}` / `${VAR-default}`
* interpolation (Compose) or a fixed prefix (`docker://` of a workflow step). The reference is the
* value with each default taken; a rewrite edits the text that changes (inside the default, or the
* literal part) and keeps the rest, in the scalar's own quoting style. A variable with no default
* leaves the reference as written, which the resolver reports as not known until run time.
*/
function interpolatedSite(text, node, init) {
	if (typeof node.value !== "string") return void 0;
	const prefix = init.prefix ?? "";
	const value = node.value;
	if (!value.startsWith(prefix)) return void 0;
	const body = value.slice(prefix.length);
	if (body.trim() === "") return void 0;
	const span = spanOf(node);
	const segments = body.includes("$") && !body.includes("${{") ? expandTemplate(body, 0, /* @__PURE__ */ new Map(), 0, init.dollarEscape) : void 0;
	const ref = segments ? segments.map((s) => s.value).join("") : body;
	return {
		source: init.source,
		field: init.field,
		ref,
		shape: init.shape,
		span,
		optIn: init.optIn,
		note: segments && segments.length > 1 && segments.every((s) => !s.unresolved) ? "the default of a variable" : void 0,
		rewrite: (_to, toText) => {
			if (!segments) return replaceScalar(text, node, prefix + toText);
			const planned = rewriteSegments(body, segments, ref, toText, span);
			if (!planned.ok) return {
				...planned,
				at: span
			};
			const edited = prefix + applyEdits(body, planned.edits);
			if (node.type === "PLAIN" && text.slice(span.start, span.end) === value && plainSafe(edited)) {
				const base = span.start + prefix.length;
				return {
					ok: true,
					edits: planned.edits.map((e) => ({
						start: base + e.start,
						end: base + e.end,
						text: e.text
					})),
					at: span
				};
			}
			return replaceScalar(text, node, edited);
		}
	};
}
/** Can `value` be written as a plain scalar in block context and read back as the same string? */
function plainSafe(value) {
	return value === value.trim() && value !== "" && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: | #|[\r\n\t]|:$/.test(value);
}
/**
* The value of `key` in `map`, following YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`, the
* map's own keys first) and aliases, as Compose reads them; undefined when absent.
*/
function lookupMerged(map, key, doc, depth = 0) {
	const own = pairOf(map, key);
	if (own) return deref(own.value, doc);
	if (depth > 16) return void 0;
	const merge = pairOf(map, "<<");
	if (!merge) return void 0;
	const sources = (0, import_dist.isSeq)(merge.value) ? merge.value.items : [merge.value];
	for (const s of sources) {
		const target = deref(s, doc);
		if ((0, import_dist.isMap)(target)) {
			const found = lookupMerged(target, key, doc, depth + 1);
			if (found !== void 0) return found;
		}
	}
}
/** A node, or the node an alias names. */
function deref(node, doc) {
	if (!node) return void 0;
	if ((0, import_dist.isAlias)(node)) return node.resolve(doc) ?? void 0;
	return node;
}
function isStringNode(node) {
	return (0, import_dist.isScalar)(node) && typeof node.value === "string";
}
// src/locate/compose.ts
/** Build argument names that pass an image to the Dockerfile (`BASE_IMAGE`, `SENTRY_IMAGE`). */
const IMAGE_ARG = /image/i;
const NOT_IMAGE_ARG = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;
/**
* Image references of a Compose file: `services.*.image` (through `<<:` merge keys and aliases, so a
* reference shared by many services is one site, where it is written), with `${VAR:-default}` /
* `${VAR-default}` defaults rewritten in place and bare variables reported. A service with `build:`
* builds its image and tags it with `image:` (nothing is pulled from that name; its base images are in
* its Dockerfile); images passed to such a build as `build.args` (`BASE_IMAGE: …`) are references.
*/
function locateCompose(root, text, doc) {
	const services = deref(nodeAt(root, "services"), doc);
	if (!(0, import_dist.isMap)(services)) return [];
	const entries = [];
	for (const pair of services.items) {
		const name = keyOf(pair);
		const service = deref(pair.value, doc);
		if (name && (0, import_dist.isMap)(service)) entries.push({
			name,
			service
		});
	}
	const localTags = /* @__PURE__ */ new Set();
	for (const { service } of entries) {
		const image = lookupMerged(service, "image", doc);
		if (lookupMerged(service, "build", doc) !== void 0 && isStringNode(image)) localTags.add(image.value);
	}
	const sites = [];
	for (const { name, service } of entries) {
		const build = lookupMerged(service, "build", doc);
		const image = lookupMerged(service, "image", doc);
		if (build === void 0 && isStringNode(image)) {
			const site = interpolatedSite(text, image, {
				source: "compose",
				field: formatPath([
					"services",
					name,
					"image"
				]),
				shape: "compose-image",
				dollarEscape: true
			});
			if (site) sites.push(site);
		}
		if ((0, import_dist.isMap)(build)) sites.push(...buildArgSites(build, name, text, doc, localTags));
	}
	return sites;
}
function buildArgSites(build, service, text, doc, localTags) {
	const args = lookupMerged(build, "args", doc);
	const sites = [];
	const isImageArg = (n) => IMAGE_ARG.test(n) && !NOT_IMAGE_ARG.test(n);
	const field = (key) => formatPath([
		"services",
		service,
		"build",
		"args",
		key
	]);
	if ((0, import_dist.isMap)(args)) for (const pair of args.items) {
		const name = keyOf(pair);
		const value = deref(pair.value, doc);
		if (!name || !isImageArg(name) || !isStringNode(value) || localTags.has(value.value)) continue;
		if (!value.value.includes("$") && !looksLikeImage(value.value, true)) continue;
		const site = interpolatedSite(text, value, {
			source: "compose",
			field: field(name),
			shape: "compose-build-arg-image",
			dollarEscape: true
		});
		if (site) sites.push(site);
	}
	else if ((0, import_dist.isSeq)(args)) args.items.forEach((item, i) => {
		if (!(0, import_dist.isScalar)(item) || typeof item.value !== "string") return;
		const eq = item.value.indexOf("=");
		const name = eq < 0 ? item.value : item.value.slice(0, eq);
		if (!isImageArg(name)) return;
		if (eq < 0) {
			const span = spanOf(item);
			sites.push({
				source: "compose",
				field: field(i),
				ref: `$${name}`,
				shape: "compose-build-arg-env",
				span,
				rewrite: () => ({
					ok: false,
					reason: "the value comes from the environment",
					at: span
				})
			});
			return;
		}
		const value = item.value.slice(eq + 1);
		if (localTags.has(value) || !value.includes("$") && !looksLikeImage(value, true)) return;
		const span = spanOf(item);
		sites.push({
			source: "compose",
			field: field(i),
			ref: value,
			shape: "compose-build-arg-image",
			span,
			rewrite: (_to, toText) => replaceScalar(text, item, `${name}=${toText}`)
		});
	});
	return sites;
}
// src/locate/helm/edit.ts
/**
* Plan setting a scalar to `value`, keeping its quoting style. An empty null (`registry:` with
* nothing after the colon) gets the value after a space; an alias cannot be edited here.
*/
function setScalar(text, node, value) {
	const at = node ? spanOf(node) : {
		start: 0,
		end: 0
	};
	if ((0, import_dist.isAlias)(node)) return {
		ok: false,
		reason: `the value is an alias (*${node.source}); change the anchored value &${node.source} instead`,
		at
	};
	if (!(0, import_dist.isScalar)(node)) return {
		ok: false,
		reason: "the value is not a plain scalar",
		at
	};
	if (at.start === at.end) {
		const rendered = renderScalar(node, "", value);
		if (rendered === null) return {
			ok: false,
			reason: "the empty value cannot be filled safely",
			at
		};
		const lead = text[at.start - 1] === ":" ? " " : "";
		return {
			ok: true,
			edits: [{
				start: at.start,
				end: at.end,
				text: `${lead}${rendered}`
			}],
			at
		};
	}
	return replaceScalar(text, node, value);
}
/** The line break a file uses around `offset` (CRLF when the nearest line ends with one). */
function eolAt(text, offset) {
	const nl = text.indexOf("\n", offset);
	const prev = text.lastIndexOf("\n", Math.max(0, offset - 1));
	const at = nl >= 0 ? nl : prev;
	return at > 0 && text[at - 1] === "\r" ? "\r\n" : "\n";
}
/** The column (0-based) where a node starts on its line. */
function columnOf(text, offset) {
	return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
/**
* Add `key: value` pairs at the end of a map, byte-preserving: a new line with the map's own
* indentation in block style, `, key: value` in flow style. `lines` is the nested block to add
* relative to the map (`["security:", "  allowInsecureImages: true"]`); `flow` is the same content
* in flow syntax (`security: {allowInsecureImages: true}`). Undefined when the map cannot take it.
*/
function appendToMap(text, map, lines, flow) {
	const range = map.range;
	if (!range) return void 0;
	if (map.flow) {
		const close = text.lastIndexOf("}", range[1] - 1);
		if (close < range[0]) return void 0;
		if (map.items.length === 0) return {
			start: range[0] + 1,
			end: close,
			text: ` ${flow} `
		};
		const last = map.items[map.items.length - 1];
		const end = (last.value ?? last.key)?.range?.[1];
		if (end === void 0) return void 0;
		return {
			start: end,
			end,
			text: `, ${flow}`
		};
	}
	const first = map.items[0]?.key;
	if (!first?.range) return void 0;
	const indent = " ".repeat(columnOf(text, first.range[0]));
	const at = range[1];
	const eol = eolAt(text, Math.max(0, at - 1));
	const body = lines.map((l) => `${indent}${l}`).join(eol);
	if (at > 0 && text[at - 1] === "\n") return {
		start: at,
		end: at,
		text: `${body}${eol}`
	};
	return {
		start: at,
		end: at,
		text: `${eol}${body}`
	};
}
// src/locate/helm/chart.ts
/**
* Read a chart's name and dependencies from the texts of its Chart.yaml and, when present, its
* Chart.lock or requirements.yaml (Helm 2 charts list dependencies there). Unreadable or invalid
* texts contribute nothing: this is a hint, never an error.
*/
function parseChartInfo(chartYaml, ...others) {
	return chartInfoOf([chartYaml, ...others].map((text) => text === void 0 ? void 0 : (0, import_dist.parseDocument)(text, { prettyErrors: false })));
}
/**
* `parseChartInfo` from the texts already parsed: one document each (undefined: no such file; a text
* of several documents or with errors contributes nothing, as `parseDocument` has it).
*/
function chartInfoOf(docs) {
	const info = { dependencies: [] };
	const seen = /* @__PURE__ */ new Set();
	docs.forEach((doc, i) => {
		if (doc === void 0) return;
		if (doc.errors.length > 0 || !(0, import_dist.isMap)(doc.contents)) return;
		const root = doc.contents;
		if (i === 0) info.name = stringOf(root, "name");
		const deps = root.get("dependencies", true);
		if (!(0, import_dist.isSeq)(deps)) return;
		for (const item of deps.items) {
			if (!(0, import_dist.isMap)(item)) continue;
			const name = stringOf(item, "name");
			if (!name) continue;
			const repository = stringOf(item, "repository");
			const alias = stringOf(item, "alias");
			const key = `${name}\u0000${repository ?? ""}\u0000${alias ?? ""}`;
			if (seen.has(key)) continue;
			seen.add(key);
			info.dependencies.push({
				name,
				...repository === void 0 ? {} : { repository },
				...alias === void 0 ? {} : { alias }
			});
		}
	});
	return info;
}
/**
* Does the chart depend on Bitnami's `common` library chart (whose `common.errors.insecureImages`
* fails the render when an image comes from another registry)? Every Bitnami chart does, so a
* dependency on any chart from a Bitnami repository counts too.
*/
function dependsOnBitnamiCommon(chart) {
	return chart?.dependencies.some((d) => /bitnami/i.test(d.repository ?? "")) ?? false;
}
// src/locate/helm/bitnami.ts
/** The value Bitnami's `common.errors.insecureImages` checks (bitnami/charts `_errors.tpl`). */
const ALLOW_INSECURE_IMAGES = [
	"global",
	"security",
	"allowInsecureImages"
];
const KEY = ALLOW_INSECURE_IMAGES.join(".");
const REASON = "This chart uses Bitnami's common library, which refuses to render images from another registry";
/**
* The `global.security.allowInsecureImages: true` a Bitnami chart needs once its images come from a
* mirror; undefined when the chart is not a Bitnami one or the value is already true. A chart counts
* as Bitnami when it depends on `common` from a Bitnami repository, or when its values already
* carry the key. `base` is where the values sit in the file (the setting's `key` is its full path).
* With `helm.allowInsecureImages: true` in the config, the setting comes with the edits that set it
* (the `false` scalar replaced, or the key added byte-preservingly).
*/
function bitnamiSetting(text, root, base, settings, chart) {
	const globalPair = pairOf(root, "global");
	const global = (0, import_dist.isMap)(globalPair?.value) ? globalPair.value : void 0;
	const securityPair = global ? pairOf(global, "security") : void 0;
	const security = (0, import_dist.isMap)(securityPair?.value) ? securityPair.value : void 0;
	const pair = security ? pairOf(security, "allowInsecureImages") : void 0;
	if (!pair && !dependsOnBitnamiCommon(chart)) return void 0;
	const node = pair?.value;
	if ((0, import_dist.isScalar)(node) && (node.value === true || node.value === "true")) return void 0;
	const anchor = pair?.key ?? securityPair?.key ?? globalPair?.key ?? root.items[0]?.key;
	const span = anchor ? spanOf(anchor) : {
		start: 0,
		end: 0
	};
	const setting = {
		key: formatPath([...base, ...ALLOW_INSECURE_IMAGES]),
		value: "true",
		span,
		message: `${REASON}: set \`${KEY}: true\` in the values (or \`helm.allowInsecureImages: true\` in the mirrorize config, and fix sets it).`
	};
	if (!settings.helm.allowInsecureImages) return setting;
	const edit = (() => {
		if ((0, import_dist.isScalar)(node) && node.range) return {
			start: node.range[0],
			end: node.range[1],
			text: "true"
		};
		if (pair) return void 0;
		if (security) return appendToMap(text, security, ["allowInsecureImages: true"], "allowInsecureImages: true");
		if (securityPair) return void 0;
		if (global) return appendToMap(text, global, ["security:", "  allowInsecureImages: true"], "security: {allowInsecureImages: true}");
		if (globalPair) return void 0;
		return appendToMap(text, root, [
			"global:",
			"  security:",
			"    allowInsecureImages: true"
		], "global: {security: {allowInsecureImages: true}}");
	})();
	if (edit) {
		setting.edits = [edit];
		setting.message = `${REASON}: fix sets \`${KEY}: true\` so that the mirrored images render.`;
	}
	return setting;
}
// src/locate/helm/compose.ts
/** The name the chart renders: the non-empty slots joined with `/`, plus the fixed suffix. */
function composedName(c) {
	return c.slots.map((s) => s.value).filter((v) => v !== "").join("/") + c.nameSuffix;
}
/** The full reference the chart renders (`name[:tag][@digest]`). */
function composedRef(c) {
	let out = composedName(c);
	if (c.tag) out += `:${c.tag}`;
	if (c.digest) out += `@${c.digest}`;
	return out;
}
/**
* Find the smallest change of the slots that makes the chart render `target` (a fully qualified name,
* `domain/path`, no tag). `original` is the normalised name the slots render now (`domain/path`).
*
* Rules: fewest scalars changed, earlier slots (the registry) preferred; an empty slot stays empty
* unless it is a registry slot (then it may be filled); a non-empty slot never becomes empty; a
* registry slot may only receive the mirror's own prefix followed by (a tail of) the path it already
* had, so `registry: docker.io` + `repository: nginx` becomes `docker.m.daocloud.io` + `library/nginx`,
* never `docker.m.daocloud.io/library` + `nginx` (which would break every other image sharing it).
*/
function solve(c, original, target) {
	if (!target.endsWith(c.nameSuffix) || !original.endsWith(c.nameSuffix)) return {
		ok: false,
		reason: `the chart appends "${c.nameSuffix}" to the name, and ${target} does not end with it`
	};
	const want = target.slice(0, target.length - c.nameSuffix.length);
	const was = original.slice(0, original.length - c.nameSuffix.length);
	const segments = want.split("/");
	const mirrorPrefix = mirrorPrefixOf(was, want);
	let best;
	const slots = c.slots;
	const values = new Array(slots.length);
	const consider = () => {
		const changes = /* @__PURE__ */ new Map();
		let cost = 0;
		for (let i = 0; i < slots.length; i++) {
			const next = values[i] ?? "";
			if (next === slots[i].value) continue;
			changes.set(i, next);
			cost += 100 + i;
		}
		if (!best || cost < best.cost) best = {
			cost,
			changes
		};
	};
	const assign = (i, at) => {
		if (i === slots.length) {
			if (at === segments.length) consider();
			return;
		}
		const slot = slots[i];
		const editable = slot.node !== void 0 && ((0, import_dist.isScalar)(slot.node) || (0, import_dist.isAlias)(slot.node));
		if (slot.value === "") {
			values[i] = "";
			assign(i + 1, at);
		}
		if (slot.value === "" && !(editable && slot.role === "host")) return;
		for (let end = at + 1; end <= segments.length; end++) {
			const value = segments.slice(at, end).join("/");
			if (value !== slot.value) {
				if (!editable) continue;
				if (slot.role === "host" && !acceptableHost(value, slot.value, mirrorPrefix)) continue;
			}
			values[i] = value;
			assign(i + 1, end);
		}
	};
	assign(0, 0);
	if (!best) return {
		ok: false,
		reason: `the chart builds the name from ${slots.map((s) => s.label).join(" + ")}, and no change of ${slots.length > 1 ? "them" : "it"} renders ${target}`
	};
	return {
		ok: true,
		changes: best.changes
	};
}
/**
* The part of `want` the mirror rule contributes: everything before the longest segment-aligned tail
* the old and new paths share (`docker.m.daocloud.io` for `docker.io/library/nginx` →
* `docker.m.daocloud.io/library/nginx`, `registry.aliyuncs.com/google_containers` for a flatten).
*/
function mirrorPrefixOf(was, want) {
	const a = was.split("/").slice(1);
	const b = want.split("/");
	let shared = 0;
	while (shared < a.length && shared < b.length - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
	return b.slice(0, b.length - shared).join("/");
}
/**
* A new registry value must be the mirror prefix, optionally followed by a tail of the path the
* registry value already carried (`docker.io/istio` → `docker.m.daocloud.io/istio`).
*/
function acceptableHost(value, old, mirrorPrefix) {
	if (value === mirrorPrefix) return true;
	if (!value.startsWith(`${mirrorPrefix}/`)) return false;
	const extra = value.slice(mirrorPrefix.length + 1);
	const oldPath = old.includes("/") ? old.slice(old.indexOf("/") + 1) : "";
	return oldPath === extra || oldPath.endsWith(`/${extra}`);
}
// src/locate/helm/keys.ts
/**
* Key names Helm charts use for the parts of an image reference (research/shapes.md §1.1), as data.
* The recognisers in `shapes.ts` read these tables; adding a chart convention means adding a row.
*/
/** A key whose value is an image: `image`, `initImage`, `thanosImage`, `inline_image`, ... */
const IMAGE_KEY = /image$/i;
/** Keys that name the repository inside an image map, in order of precedence. */
const NAME_KEYS = {
	/** cilium: a whole reference that replaces every other part. */
	override: "override",
	/** The common one; may or may not include the registry. */
	repository: "repository",
	/** ingress-nginx `controller.image.image`, tigera `tigeraOperator.image`, container-like maps. */
	image: "image",
	/** jupyterhub, linkerd, cert-manager ≥ 1.20 (relative to `imageRegistry`/`imageNamespace`). */
	name: "name"
};
/** Keys that hold the tag inside an image map (or beside a string `image`), first non-empty wins. */
const TAG_KEYS = [
	"tag",
	"version",
	"imageTag"
];
/** Tag keys beside a string image under another key: `controllerImage` + `controllerImageVersion`. */
const SIBLING_TAG_SUFFIXES = ["Tag", "Version"];
/**
* Keys whose presence beside `repository` marks a map as an image map wherever it sits (`version`
* is left out: `{chart, repository, version}` names a Helm chart, not an image).
*/
const IMAGE_MAP_SIGNATURE = [
	"tag",
	"digest",
	"sha",
	"registry",
	"pullPolicy",
	"imagePullPolicy"
];
/** Every key an image map is known to carry; a `name` map with other keys is not an image. */
const IMAGE_MAP_KEYS = /* @__PURE__ */ new Set([
	"registry",
	"repository",
	"repo",
	"image",
	"name",
	"tag",
	"version",
	"digest",
	"sha",
	"pullPolicy",
	"imagePullPolicy",
	"pullSecrets",
	"imagePullSecrets",
	"doNotCheckTag",
	"tagSuffix",
	"distroless",
	"variant",
	"suffix",
	"chroot",
	"digestChroot",
	"useDigest",
	"override",
	"debug"
]);
/**
* Registry knobs outside the image map, relative to the scope root (the map that holds `global`).
* `override`: applies to every image map. A set global and a set `registry` of the map's own: the
* chart's templates decide which wins (Bitnami `common.images.image` `default .imageRoot.registry
* .global.imageRegistry`, prometheus-community and grafana let the global win; others let the map's
* own win), so that is reported unless the chart is one of `GLOBAL_REGISTRY_WINS`. An image map
* without a `registry` key gets the global joined before its repository (`ghcr.io/org/project` +
* `controller`), unless its repository names a registry itself (then it is reported). `default`:
* used only when the map's own is empty or absent (ingress-nginx `global.image.registry`).
*/
const REGISTRY_GLOBALS = [
	{
		path: ["global", "imageRegistry"],
		precedence: "override"
	},
	{
		path: ["privateRegistry", "registryUrl"],
		precedence: "override"
	},
	{
		path: [
			"global",
			"image",
			"registry"
		],
		precedence: "default"
	}
];
/** A registry key at any level above image maps (not `global.imageRegistry`, a `REGISTRY_GLOBALS` row). */
const ANY_LEVEL_REGISTRY = "imageRegistry";
/**
* Chart-wide registries that image maps with a relative `name` (+ `tag`) inherit: datadog's
* top-level `registry:` (empty or null: computed from `datadog.site` in the templates).
*/
const NAME_REGISTRIES = [["registry"]];
/**
* Registry keys that stand above the image maps (issue 12), relative to a scope root (the values
* root, or a map holding `global`). One that no image map here uses is still rewritten, as a
* repository prefix: the chart's own images (in its default values) are pulled through it.
* `anyLevel`: a key of that name at any depth.
*/
const CHART_WIDE_REGISTRIES = {
	paths: [
		["registry"],
		["hub"],
		["global", "hub"],
		["global", "registry"],
		[
			"global",
			"image",
			"registry"
		],
		["privateRegistry", "registryUrl"]
	],
	anyLevel: [ANY_LEVEL_REGISTRY]
};
/**
* Charts whose templates let the global registry win over a map's own (read in their templates):
* any chart on Bitnami's `common` library (`common.images.image`), and these by name.
*/
const GLOBAL_REGISTRY_WINS = {
	bitnamiCommon: true,
	charts: [
		"grafana",
		"kube-prometheus-stack",
		"prometheus-node-exporter",
		"kube-state-metrics",
		"longhorn"
	]
};
/**
* Keys that hold the repository of an image map besides `registry`, in order. `signature`: keys
* that mark a map as an image map when it is not under an image key (`repo` + `tag` alone is as
* likely a git source, so it needs a registry, digest or pull policy beside it).
*/
const REPOSITORY_KEYS$1 = [{ key: "repository" }, {
	key: "repo",
	signature: [
		"registry",
		"digest",
		"pullPolicy",
		"imagePullPolicy"
	]
}];
/**
* istio: `image: pilot` is relative to `hub` (the component's own, else `global.hub`), with `tag`
* and `variant` (own, else global). An image that contains `/` is a full reference.
*/
const HUB = {
	hub: "hub",
	tag: "tag",
	variant: "variant",
	globalHub: ["global", "hub"],
	globalTag: ["global", "tag"],
	globalVariant: ["global", "variant"]
};
/**
* cert-manager ≥ 1.20: `image.name` is relative to top-level `imageRegistry` + `imageNamespace`
* (unless `image.repository` is set); Strimzi-like charts follow the same idea.
*/
const NAMESPACED_NAME = {
	registry: ["imageRegistry"],
	namespace: ["imageNamespace"]
};
/** argo-cd: a component image map with an empty repository inherits `global.image`. */
const INHERITED_IMAGE = ["global", "image"];
/** Shared tags used when an image map's own tag is empty (argo-workflows `images.tag`). */
const SHARED_TAGS = [["images", "tag"]];
/** Switches and suffixes that change the rendered tag (only when there is a tag). */
const TAG_MODIFIERS = [{
	key: "distroless",
	apply: (tag, v) => v === "true" ? `${tag}-distroless` : void 0
}, {
	key: "tagSuffix",
	apply: (tag, v) => v ? `${tag}${v.startsWith("-") ? "" : "-"}${v}` : void 0
}];
/** Digest keys: `digest` (full `sha256:...`) and `sha` (hex only in most charts, full in some). */
const DIGEST_KEY = "digest";
/**
* cilium operator: the chart renders `<repository>-<cloud><suffix>` with the cloud's digest; the
* generic build is the default. The map is recognised by its `genericDigest` key.
*/
const CLOUD_VARIANT = {
	marker: "genericDigest",
	nameSuffix: "-generic",
	suffixKey: "suffix"
};
/** ingress-nginx: `chroot: true` renders `<image>-chroot` with `digestChroot`. */
const CHROOT = {
	flag: "chroot",
	nameSuffix: "-chroot",
	digestKey: "digestChroot"
};
/** cilium: `useDigest: false` drops the digest from the rendered reference. */
const USE_DIGEST = "useDigest";
// src/locate/helm/read.ts
/** Reads scalars of one values tree (aliases resolved against its document). */
var ValuesReader = class {
	text;
	doc;
	constructor(text, doc) {
		this.text = text;
		this.doc = doc;
	}
	/** The scalar `key` of `map`; undefined when absent or a collection. */
	part(map, key) {
		if (!map) return void 0;
		const v = pairOf(map, key)?.value;
		if (!v) return void 0;
		if ((0, import_dist.isScalar)(v)) {
			const block = v.type === "BLOCK_LITERAL" || v.type === "BLOCK_FOLDED";
			const spelled = spelledValue(this.text, v) ?? "";
			return {
				node: v,
				value: block ? spelled.trim() : spelled,
				isString: typeof v.value === "string" || v.value === null
			};
		}
		if ((0, import_dist.isAlias)(v)) {
			const target = v.resolve(this.doc);
			if (!(0, import_dist.isScalar)(target)) return void 0;
			return {
				node: v,
				value: target.value == null ? "" : String(target.value),
				isString: typeof target.value === "string" || target.value === null
			};
		}
	}
	/** The scalar at a path of keys below `map`. */
	partAt(map, path) {
		const parent = this.mapAt(map, path.slice(0, -1));
		return parent ? this.part(parent, path[path.length - 1]) : void 0;
	}
	/** The map at a path of keys below `map` (`map` itself for an empty path). */
	mapAt(map, path) {
		let cur = map;
		for (const key of path) {
			if (!cur) return void 0;
			const v = pairOf(cur, key)?.value;
			const resolved = (0, import_dist.isAlias)(v) ? v.resolve(this.doc) : v;
			cur = (0, import_dist.isMap)(resolved) ? resolved : void 0;
		}
		return cur;
	}
};
/** The value of a string part when it is not empty (a usable image part). */
function nonEmpty(part) {
	return part?.isString && part.value !== "" ? part.value : void 0;
}
/** Whether `map` has a pair with key `key` (whatever its value). */
function hasKey(map, key) {
	return pairOf(map, key) !== void 0;
}
/** The string keys of `map`. */
function keysOf(map) {
	const out = [];
	for (const pair of map.items) {
		const k = keyOf(pair);
		if (k !== void 0) out.push(k);
	}
	return out;
}
// src/locate/helm/shapes.ts
/** A first path segment that is a registry host (has `.` or `:`, or is `localhost`). */
const HOST_LIKE = /^(?:[^/]*[.:][^/]*|localhost)\//;
const NO_TAG = "no tag here: the chart supplies it (usually its appVersion)";
function slot(label, part, role, shared = false) {
	return {
		label,
		value: part?.value ?? "",
		node: part?.node,
		role,
		...shared ? { shared } : {}
	};
}
const TELL = "tell mirrorize how the chart composes it with a `helm.images` entry in the config (its values path and the keys of its name)";
/**
* The registry slot of an image map (research/shapes.md §1.2, keys.ts `REGISTRY_GLOBALS`).
* `imageMap`: the map is an image map (not a container-like map with a string `image`), so a global
* registry applies to it even without a `registry` key of its own. `withoutKey`: a default global
* (ingress-nginx `global.image.registry`) applies to a map with no `registry` key. `name` is the
* repository the registry is joined to, `nameLabel` its key.
*/
function registrySlot(view, opts) {
	const { map, scope, read } = view;
	const found = read.part(map, "registry");
	const local = found?.isString ? found : void 0;
	if (!local && !opts.imageMap && !opts.withoutKey) return {};
	for (const g of REGISTRY_GLOBALS) {
		if (g.precedence !== "override") continue;
		const p = read.partAt(scope.root, g.path);
		const value = nonEmpty(p);
		if (value === void 0) continue;
		const label = g.path.join(".");
		const global = slot(label, p, "host", true);
		if (!local) {
			if (!opts.imageMap) continue;
			if (!HOST_LIKE.test(opts.name)) return { slot: global };
			return { unknown: `${label} is set (${value}) and ${opts.nameLabel} names its own registry (${opts.name}): whether the chart prefixes ${label} to it is in its templates; ${TELL}` };
		}
		if (local.value === "" || view.globalWins) return { slot: global };
		if (local.value === value) return { slot: {
			...global,
			twins: [{
				label: "registry",
				node: local.node
			}]
		} };
		return {
			slot: global,
			unknown: `both ${label} (${value}) and this map's registry (${local.value}) are set, and which one wins is decided in the chart's templates (Bitnami's common.images.image lets the global win, other charts the map's own); ${TELL}`
		};
	}
	if (local && local.value !== "") return { slot: slot("registry", local, "host") };
	if (local || opts.withoutKey) for (const g of REGISTRY_GLOBALS) {
		if (g.precedence !== "default") continue;
		const p = read.partAt(scope.root, g.path);
		if (nonEmpty(p)) return { slot: slot(g.path.join("."), p, "host", true) };
	}
	return local ? { slot: slot("registry", local, "host") } : {};
}
/** Tag, digest and name suffix of an image map, as the chart renders them. */
function tagAndDigest(view, tagKeys) {
	const { map, read, scope } = view;
	const labels = [];
	let tag;
	const pin = [];
	let tagPart;
	for (const key of tagKeys) {
		const part = read.part(map, key);
		if (part && !labels.length) labels.push(key);
		if (part?.value) {
			tag = part.value;
			tagPart = {
				part,
				key
			};
			labels[labels.length - 1] = key;
			break;
		}
	}
	if (tag === void 0) for (const path of SHARED_TAGS) {
		const v = read.partAt(scope.root, path)?.value;
		if (v) {
			tag = v;
			labels.push(path.join("."));
			break;
		}
	}
	for (const m of TAG_MODIFIERS) {
		const v = read.part(map, m.key)?.value;
		const next = tag === void 0 || v === void 0 ? void 0 : m.apply(tag, v);
		if (next !== void 0) {
			tag = next;
			labels.push(m.key);
		}
	}
	let nameSuffix = "";
	let digest;
	const useDigest = read.part(map, USE_DIGEST)?.value !== "false";
	if (hasKey(map, CLOUD_VARIANT.marker)) {
		nameSuffix = `${CLOUD_VARIANT.nameSuffix}${read.part(map, CLOUD_VARIANT.suffixKey)?.value ?? ""}`;
		digest = useDigest ? nonEmpty(read.part(map, CLOUD_VARIANT.marker)) : void 0;
		labels.push(CLOUD_VARIANT.marker);
	} else if (read.part(map, CHROOT.flag)?.value === "true") {
		nameSuffix = CHROOT.nameSuffix;
		digest = nonEmpty(read.part(map, CHROOT.digestKey));
		labels.push(CHROOT.flag);
	} else {
		for (const key of [DIGEST_KEY, "sha"]) if (hasKey(map, key)) labels.push(key);
		const sha = nonEmpty(read.part(map, "sha"));
		digest = nonEmpty(read.part(map, "digest")) ?? (sha && (sha.includes(":") ? sha : `sha256:${sha}`));
		if (!useDigest) digest = void 0;
		const own = read.part(map, DIGEST_KEY);
		if (own?.isString && useDigest) pin.push({
			label: DIGEST_KEY,
			node: own.node,
			how: "digest",
			value: ""
		});
	}
	if (tagPart && tag !== void 0 && tag === tagPart.part.value && !/[@]/.test(tag)) pin.push({
		label: tagPart.key,
		node: tagPart.part.node,
		how: "tag",
		value: tagPart.part.value
	});
	return {
		tag,
		digest,
		nameSuffix,
		labels,
		chartTag: true,
		pin
	};
}
function build(view, path, slots, td, anchor, consumed, notes = []) {
	const comp = {
		slots,
		nameSuffix: td.nameSuffix,
		tag: td.tag,
		digest: td.digest,
		...td.pin?.length ? { pin: td.pin } : {}
	};
	if (!td.tag && !td.digest && td.chartTag) notes.push(NO_TAG);
	return {
		path,
		shape: [...slots.map((s) => s.label), ...td.labels].join("+"),
		comp,
		anchor,
		notes,
		strict: !view.imageKeyed,
		consumed
	};
}
/** The nearest `imageRegistry` (set, a string) in a map above this one, below the values root. */
function imageRegistryAbove(view) {
	const keys = [];
	for (const k of view.path) {
		if (typeof k !== "string") break;
		keys.push(k);
	}
	for (let i = Math.min(keys.length, view.path.length - 1); i >= 0; i--) {
		const at = keys.slice(0, i);
		const p = view.read.partAt(view.root, [...at, ANY_LEVEL_REGISTRY]);
		if (nonEmpty(p)) return slot([...at, ANY_LEVEL_REGISTRY].join("."), p, "host", true);
	}
}
/** The subchart a map configures (the first key of its path, when that names a dependency). */
function subchartOf(view) {
	const first = view.path[0];
	return typeof first === "string" && view.subcharts.has(first) ? first : void 0;
}
function hasAny(map, keys) {
	return keys.some((k) => hasKey(map, k));
}
/** Where a string reference's own `:tag` / `@digest` starts (after its last `/`), or -1. */
function tailStart(value) {
	const at = value.indexOf("@");
	const name = at < 0 ? value : value.slice(0, at);
	const colon = name.indexOf(":", name.lastIndexOf("/") + 1);
	return colon >= 0 ? colon : at;
}
function hasOwnTag(value) {
	return tailStart(value) >= 0;
}
/**
* The slot of a string reference: its name, with its own tag and digest as an unchanging tail, and
* the tag and digest they give the reference.
*/
function stringSlot(label, part, value) {
	const cut = tailStart(value);
	if (cut < 0) return { slot: slot(label, part, "path") };
	const tail = value.slice(cut);
	const at = tail.indexOf("@");
	const tag = tail.startsWith(":") ? tail.slice(1, at < 0 ? void 0 : at) : void 0;
	const digest = at >= 0 ? tail.slice(at + 1) : void 0;
	return {
		slot: {
			...slot(label, part, "path"),
			value: value.slice(0, cut),
			tail
		},
		tag,
		digest
	};
}
/** The tag of a string image from a sibling key (`controllerImage` + `controllerImageVersion`). */
function siblingTag(view, siblings, tail) {
	const td = tagAndDigest(view, siblings);
	const chartTag = hasAny(view.map, siblings);
	const pin = chartTag ? (td.pin ?? []).filter((p) => p.how === "tag") : tail;
	return {
		...td,
		nameSuffix: "",
		digest: void 0,
		chartTag,
		pin
	};
}
/**
* A string image (`image: repo[:tag]`, `controllerImage: repo`) with what the chart adds from
* beside it: a registry, an istio hub, a tag key. `path` is where the finding says it is.
*/
function stringImage(view, key, part, path) {
	const value = nonEmpty(part);
	if (value === void 0) return void 0;
	const { map, read, scope } = view;
	const own = stringSlot(key, part, value);
	const self = own.slot;
	const tail = [{
		label: key,
		node: part.node,
		how: "tail",
		value
	}];
	const ownTag = {
		tag: own.tag,
		digest: own.digest,
		nameSuffix: "",
		labels: [],
		pin: tail
	};
	if (key !== NAME_KEYS.image) {
		if (!/[/:@]/.test(value)) return void 0;
		const siblings = SIBLING_TAG_SUFFIXES.map((s) => `${key}${s}`);
		const td = hasOwnTag(value) ? ownTag : siblingTag(view, siblings, tail);
		return {
			...build(view, path, [self], td, part.node, [key]),
			strict: true
		};
	}
	if ((hasKey(map, HUB.hub) || scope.global !== void 0 && hasKey(scope.global, HUB.hub)) && !hasKey(map, "registry")) {
		if (value.includes("/")) return build(view, path, [self], ownTag, part.node, [key]);
		const localHub = read.part(map, HUB.hub);
		const globalHub = read.partAt(scope.root, HUB.globalHub);
		const hub = nonEmpty(localHub) ? slot(HUB.hub, localHub, "host") : nonEmpty(globalHub) ? slot(HUB.globalHub.join("."), globalHub, "host", true) : void 0;
		const labels = [];
		const pin = [];
		const ownHubTag = read.part(map, HUB.tag);
		let tag = ownHubTag?.value || void 0;
		if (tag) labels.push(HUB.tag);
		if (tag && ownHubTag && !tag.includes("@")) pin.push({
			label: HUB.tag,
			node: ownHubTag.node,
			how: "tag",
			value: tag
		});
		if (!tag) {
			tag = read.partAt(scope.root, HUB.globalTag)?.value || void 0;
			if (tag) labels.push(HUB.globalTag.join("."));
		}
		const variant = read.part(map, HUB.variant)?.value || read.partAt(scope.root, HUB.globalVariant)?.value;
		if (tag && variant) {
			tag = `${tag}-${variant}`;
			labels.push(HUB.variant);
			pin.length = 0;
		}
		return build(view, path, hub ? [hub, self] : [self], {
			tag,
			nameSuffix: "",
			labels,
			chartTag: true,
			pin
		}, part.node, [key]);
	}
	const found = registrySlot(view, {
		imageMap: view.imageKeyed,
		withoutKey: view.imageKeyed && !HOST_LIKE.test(value),
		name: self.value,
		nameLabel: key
	});
	const registry = found.slot;
	const chartTag = view.imageKeyed || hasAny(map, TAG_KEYS);
	const mapTag = tagAndDigest(view, TAG_KEYS);
	const td = hasOwnTag(value) ? ownTag : {
		...mapTag,
		chartTag,
		pin: chartTag ? mapTag.pin : tail
	};
	const unit = build(view, path, registry ? [registry, self] : [self], td, part.node, [key, "registry"]);
	return found.unknown ? {
		...unit,
		unknown: found.unknown
	} : unit;
}
/** The map shapes, tried in order (research/shapes.md §1.2). */
const MAP_SHAPES = [
	{
		name: "override",
		recognise(view) {
			const part = view.read.part(view.map, NAME_KEYS.override);
			const value = nonEmpty(part);
			if (!value || !(view.imageKeyed || hasKey(view.map, NAME_KEYS.repository))) return void 0;
			const own = stringSlot("override", part, value);
			const pin = [{
				label: NAME_KEYS.override,
				node: part.node,
				how: "tail",
				value
			}];
			const td = {
				tag: own.tag,
				digest: own.digest,
				nameSuffix: "",
				labels: [],
				pin
			};
			return build(view, view.path, [own.slot], td, part.node, [
				NAME_KEYS.override,
				NAME_KEYS.repository,
				NAME_KEYS.image
			]);
		}
	},
	{
		name: "repository",
		recognise(view) {
			const { map, read } = view;
			const key = REPOSITORY_KEYS$1.find((k) => nonEmpty(read.part(map, k.key)));
			if (!key) return void 0;
			const part = read.part(map, key.key);
			const signature = key.signature ?? IMAGE_MAP_SIGNATURE;
			if (!view.imageKeyed && !hasAny(map, signature)) return void 0;
			const repo = slot(key.key, part, "path");
			const found = registrySlot(view, {
				imageMap: true,
				withoutKey: false,
				name: repo.value,
				nameLabel: key.key
			});
			const registry = found.slot;
			const subchart = subchartOf(view);
			const bare = !registry && !found.unknown && !HOST_LIKE.test(repo.value);
			const partial = bare && subchart !== void 0 && !hasAny(map, TAG_KEYS) ? `only the repository is set here: the subchart ${subchart} adds its own registry and tag, so this reference is a guess` : void 0;
			const above = bare && !partial && !hasKey(map, "registry") ? imageRegistryAbove(view) : void 0;
			const computed = above ? `${above.label} is set above this map (${above.value}), and whether the chart prefixes it to a repository that is set is in its templates; ${TELL}` : bare && !repo.value.includes("/") && !partial && !hasKey(map, "registry") && view.registriesElsewhere ? `this image map has no registry key while the other image maps of these values have one, so the chart's templates most likely supply its registry and Docker Hub is only a guess; ${TELL}` : void 0;
			const unit = build(view, view.path, registry ? [registry, repo] : [repo], tagAndDigest(view, TAG_KEYS), part.node, [
				key.key,
				NAME_KEYS.repository,
				NAME_KEYS.image,
				NAME_KEYS.name
			]);
			const unknown = found.unknown ?? computed;
			if (above?.node) unit.reads = [above.node];
			return partial ? {
				...unit,
				partial
			} : unknown ? {
				...unit,
				unknown
			} : unit;
		}
	},
	{
		name: "image",
		recognise(view) {
			const part = view.read.part(view.map, NAME_KEYS.image);
			if (!part || !nonEmpty(part)) return void 0;
			return stringImage(view, NAME_KEYS.image, part, view.imageKeyed ? view.path : [...view.path, NAME_KEYS.image]);
		}
	},
	{
		name: "namespaced-name",
		recognise(view) {
			const { map, read, scope } = view;
			const part = read.part(map, NAME_KEYS.name);
			const name = nonEmpty(part);
			if (!name || name.includes("/") || !view.imageKeyed) return void 0;
			const registry = read.partAt(scope.root, NAMESPACED_NAME.registry);
			if (!nonEmpty(registry)) return void 0;
			const namespace = read.partAt(scope.root, NAMESPACED_NAME.namespace);
			const prefix = read.part(map, "registry");
			const slots = [];
			if (nonEmpty(prefix)) slots.push(slot("registry", prefix, "host"));
			slots.push(slot(NAMESPACED_NAME.registry.join("."), registry, slots.length ? "path" : "host", true));
			if (nonEmpty(namespace)) slots.push(slot(NAMESPACED_NAME.namespace.join("."), namespace, "path", true));
			slots.push(slot(NAME_KEYS.name, part, "path"));
			return build(view, view.path, slots, tagAndDigest(view, TAG_KEYS), part.node, [NAME_KEYS.name]);
		}
	},
	{
		name: "name",
		recognise(view) {
			const { map, read } = view;
			const part = read.part(map, NAME_KEYS.name);
			if (!nonEmpty(part) || !view.imageKeyed) return void 0;
			if (!keysOf(map).every((k) => IMAGE_MAP_KEYS.has(k))) return void 0;
			if (!hasAny(map, [
				"tag",
				"version",
				"digest",
				"pullPolicy",
				"imagePullPolicy"
			])) return void 0;
			const name = slot(NAME_KEYS.name, part, "path");
			const found = registrySlot(view, {
				imageMap: true,
				withoutKey: false,
				name: name.value,
				nameLabel: "name"
			});
			if (!found.slot && !found.unknown && !HOST_LIKE.test(name.value)) for (const path of NAME_REGISTRIES) {
				const p = read.partAt(view.scope.root, path);
				if (!p?.isString) continue;
				if (nonEmpty(p)) found.slot = slot(path.join("."), p, "host", true);
				else found.unknown = `the chart-wide ${path.join(".")} is empty, so the chart computes the registry of this name in its templates; ${TELL}`;
				break;
			}
			const registry = found.slot;
			const unit = build(view, view.path, registry ? [registry, name] : [name], tagAndDigest(view, TAG_KEYS), part.node, [NAME_KEYS.name]);
			return found.unknown ? {
				...unit,
				unknown: found.unknown
			} : unit;
		}
	},
	{
		name: "inherited",
		recognise(view) {
			const { map, read, scope } = view;
			if (!view.imageKeyed) return void 0;
			const own = read.part(map, NAME_KEYS.repository);
			if (!own || nonEmpty(own)) return void 0;
			const globalImage = read.mapAt(scope.root, INHERITED_IMAGE);
			if (!globalImage || globalImage === map) return void 0;
			const parent = MAP_SHAPES[1].recognise({
				...view,
				map: globalImage,
				path: [...INHERITED_IMAGE]
			});
			if (!parent) return void 0;
			const slots = parent.comp.slots.map((s) => ({
				...s,
				label: `${INHERITED_IMAGE.join(".")}.${s.label}`,
				shared: true
			}));
			const ownTag = tagAndDigest(view, TAG_KEYS);
			const td = {
				tag: ownTag.tag ?? parent.comp.tag,
				digest: ownTag.digest ?? parent.comp.digest,
				nameSuffix: parent.comp.nameSuffix,
				chartTag: true,
				labels: ownTag.tag ? ownTag.labels : parent.comp.tag ? [`${INHERITED_IMAGE.join(".")}.tag`] : []
			};
			return build(view, view.path, slots, td, own.node, [NAME_KEYS.repository], [`repository inherited from ${INHERITED_IMAGE.join(".")}`]);
		}
	}
];
/** The image a map holds, if it is an image map. */
function recogniseMap(view) {
	for (const shape of MAP_SHAPES) {
		const unit = shape.recognise(view);
		if (unit) return unit;
	}
}
// src/locate/helm/learned.ts
/** The key of a values path in lookups (NUL cannot appear in a YAML key a chart reads). */
function pathKey(path) {
	return path.map(String).join("\0");
}
/** Index learned compositions by their image path; a later entry for the same path wins. */
function indexLearned(list) {
	const out = /* @__PURE__ */ new Map();
	for (const c of list ?? []) out.set(pathKey(c.image), c);
	return out;
}
/** The first non-empty source of a list, and the scalar to edit to change it. */
function pick(sources, root, read) {
	let editable;
	for (const s of sources) {
		if ("literal" in s) {
			if (s.literal !== "") return {
				value: s.literal,
				...editable ?? { label: JSON.stringify(s.literal) }
			};
			continue;
		}
		const part = read.partAt(root, s.values);
		const label = s.values.join(".");
		if (part?.isString && part.value !== "") return {
			value: part.value,
			part,
			label
		};
		if (part && !editable) editable = {
			part,
			label
		};
	}
	return editable ? {
		value: "",
		...editable
	} : void 0;
}
function under(path, prefix) {
	return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}
/** The sources' label: the values key that supplied the value (or the first one listed). */
function firstLabel(sources) {
	const s = sources.find((x) => "values" in x) ?? sources[0];
	if (!s) return "";
	return "values" in s ? s.values.join(".") : JSON.stringify(s.literal);
}
/** The composition a learned entry gives in this values tree, with the labels of its shape. */
function composeLearned(learned, root, read) {
	const slots = [];
	const labels = [];
	learned.name.forEach((sources, i) => {
		const got = pick(sources, root, read);
		const label = got?.label ?? firstLabel(sources);
		labels.push(label);
		const values = sources.find((s) => "values" in s && got?.label === s.values.join("."));
		const shared = values !== void 0 && "values" in values && !under(values.values, learned.image);
		slots.push({
			label,
			value: got?.value ?? "",
			node: got?.part?.node,
			role: i === 0 && learned.name.length > 1 ? "host" : "path",
			...shared ? { shared: true } : {}
		});
	});
	let ownTag;
	let ownDigest;
	const last = slots[slots.length - 1];
	const cut = last ? tailStart(last.value) : -1;
	if (last && cut >= 0) {
		const tail = last.value.slice(cut);
		const at = tail.indexOf("@");
		ownTag = tail.startsWith(":") ? tail.slice(1, at < 0 ? void 0 : at) : void 0;
		ownDigest = at >= 0 ? tail.slice(at + 1) : void 0;
		last.value = last.value.slice(0, cut);
		last.tail = tail;
	}
	const tag = learned.tag ? pick(learned.tag, root, read) : void 0;
	const digest = learned.digest ? pick(learned.digest, root, read) : void 0;
	if (tag?.value) labels.push(tag.label);
	if (digest?.value) labels.push(digest.label);
	const digestValue = digest?.value ? `${learned.digestPrefix ?? ""}${digest.value}` : ownDigest;
	const pin = [];
	const digestKey = learned.digest?.flatMap((src) => "values" in src ? [{
		src,
		part: read.partAt(root, src.values)
	}] : []).find((x) => x.part?.isString);
	if (digestKey?.part) pin.push({
		label: digestKey.src.values.join("."),
		node: digestKey.part.node,
		how: "digest",
		value: digestKey.part.value,
		...learned.digestPrefix ? { hexOnly: true } : {}
	});
	if (tag?.part && tag.value && under(tag.label.split("."), learned.image) && !tag.value.includes("@")) pin.push({
		label: tag.label,
		node: tag.part.node,
		how: "tag",
		value: tag.value
	});
	if (last && !learned.tag && last.node) pin.push({
		label: last.label,
		node: last.node,
		how: "tail",
		value: last.value
	});
	return {
		comp: {
			slots,
			nameSuffix: learned.nameSuffix ?? "",
			tag: digestValue && learned.digestReplacesTag ? void 0 : tag?.value || ownTag,
			digest: digestValue,
			...pin.length ? { pin } : {}
		},
		labels
	};
}
// src/locate/helm/not-images.ts
/**
* Values that look like images to the shape tables but are not container images (issue 12,
* precision): decided from the value (a file name, a URL, a path) and from the context (the key, the
* map it sits in). Data: adding a convention means adding a row.
*/
/** Maps whose entries are never images: metadata and selectors (`podAnnotations`, `commonLabels`, ...). */
const NOT_IMAGE_PARENTS = [
	/annotations$/i,
	/labels$/i,
	/selector$/i
];
/**
* Maps below which nothing is an image: ConfigMap-like data (`configMap.data`, `extraConfigmaps`,
* `stringData`), which the chart writes out as text for a program to read. (`data` alone is left
* out: charts name components so, as in `data.image` of a database's data nodes.)
*/
const NOT_IMAGE_ANCESTORS = [/config_?maps?$/i, /^(?:stringData|binaryData)$/];
/** Maps of user-interface settings, whose `image` is a picture: `icon.image: warning`. */
const PICTURE_PARENTS = /^(?:icons?|logos?|avatars?|banners?|favicons?|headers?|backgrounds?|themes?|branding|splash|thumbnails?|ui)$/i;
/**
* Keys of pictures: `logoImage`, `headerImage`, `backgroundImage`. Their value is taken as a
* container image only when it carries a tag or a digest (`logoImage: static/logo.png` is not one).
*/
const PICTURE_KEYS = /^(?:logo|header|banner|background|bg|icon|avatar|favicon|splash|thumbnail|cover|hero|profile|brand(?:ing)?|login|og|social|preview|placeholder|default(?:Avatar|Logo)|app(?:Logo|Icon))_?image$/i;
/** File extensions of pictures, documents and disk images: a last path segment ending so is a file. */
const FILE_EXTENSIONS = /\.(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|avif|heic|html?|css|pdf|txt|md|ya?ml|json|toml|ini|conf|cfg|qcow2|iso|vmdk|vhdx?|raw|img)$/i;
/** A URL (`https://…`, `data:…`) or a file path (`/x`, `./x`, `../x`, `~/x`) is not a reference. */
const NOT_REFERENCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|data:|\.{0,2}\/|~\/)/i;
/**
* Is the image found at `path` (the string's key, or the image map's) with reference `ref` not a
* container image? `key` is the key of the string holding it (for maps: the map's key).
*/
function notAnImage(path, ref) {
	const key = path.at(-1);
	const parent = path.at(-2);
	if (typeof parent === "string") {
		if (NOT_IMAGE_PARENTS.some((re) => re.test(parent))) return true;
		if (PICTURE_PARENTS.test(parent)) return true;
	}
	for (const k of path.slice(0, -1)) if (typeof k === "string" && NOT_IMAGE_ANCESTORS.some((re) => re.test(k))) return true;
	const value = ref.trim();
	if (NOT_REFERENCE.test(value)) return true;
	const at = value.indexOf("@");
	const named = at >= 0 ? value.slice(0, at) : value;
	const slash = named.lastIndexOf("/");
	const colon = named.lastIndexOf(":");
	const tagged = at >= 0 || colon > slash;
	const last = (colon > slash ? named.slice(0, colon) : named).slice(slash + 1);
	if (FILE_EXTENSIONS.test(last)) return true;
	return typeof key === "string" && PICTURE_KEYS.test(key) && !tagged;
}
// src/locate/helm/values.ts
/** Every image of a values tree (research/shapes.md §1), each with the edit that mirrors it. */
function locateValues(tree) {
	if (!(0, import_dist.isMap)(tree.root)) return [];
	const root = tree.root;
	const read = new ValuesReader(tree.text, tree.doc);
	const units = [];
	const subcharts = new Set(tree.chart?.dependencies.flatMap((d) => d.alias ? [d.name, d.alias] : [d.name]));
	const told = (tree.settings.helm.images ?? []).filter((c) => c.chart === void 0 || c.chart === tree.chart?.name);
	const walk = {
		read,
		subcharts,
		learned: indexLearned([...tree.chart?.compositions ?? [], ...told]),
		valuesRoot: root,
		globalWins: GLOBAL_REGISTRY_WINS.bitnamiCommon && dependsOnBitnamiCommon(tree.chart) || GLOBAL_REGISTRY_WINS.charts.includes(tree.chart?.name ?? ""),
		registriesElsewhere: hasRegistries(root, read)
	};
	collect(root, [], { root }, walk, units);
	const needs = bitnamiSetting(tree.text, root, tree.base, tree.settings, tree.chart);
	const used = /* @__PURE__ */ new Set();
	for (const u of units) {
		for (const s of u.comp.slots) {
			if (s.node) used.add(s.node);
			for (const t of s.twins ?? []) used.add(t.node);
		}
		for (const n of u.reads ?? []) used.add(n);
	}
	const alone = chartWideRegistries(root, read, used).map((r) => registrySite(r.path, r.part, tree, needs));
	return [...units.filter(usable).map((u) => siteOf(u, tree, needs)), ...alone];
}
/** A registry value that can prefix repositories: a host (with a dot, a port or localhost) and a path. */
const REGISTRY_VALUE = /^(?:[^/\s:{}]*\.[^/\s{}]*|[^/\s{}]+:\d+|localhost(?::\d+)?)(?:\/[^\s:@{}]+)*$/;
/** Chart-wide registry keys (keys.ts `CHART_WIDE_REGISTRIES`) that no image of these values uses. */
function chartWideRegistries(root, read, used) {
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	const take = (path, part) => {
		const value = nonEmpty(part);
		if (!part || value === void 0 || used.has(part.node) || seen.has(part.node)) return;
		if (!REGISTRY_VALUE.test(value)) return;
		seen.add(part.node);
		out.push({
			path,
			part
		});
	};
	const visit = (node, path, depth) => {
		if (depth > 64) return;
		if ((0, import_dist.isSeq)(node)) {
			node.items.forEach((item, i) => {
				if ((0, import_dist.isMap)(item) || (0, import_dist.isSeq)(item)) visit(item, [...path, i], depth + 1);
			});
			return;
		}
		if (!(0, import_dist.isMap)(node)) return;
		const map = node;
		if (path.length === 0 || read.mapAt(map, ["global"])) for (const p of CHART_WIDE_REGISTRIES.paths) take([...path, ...p], read.partAt(map, p));
		for (const pair of map.items) {
			const k = keyOf(pair);
			if (k === void 0) continue;
			const value = pair.value;
			if (CHART_WIDE_REGISTRIES.anyLevel.includes(k)) take([...path, k], read.part(map, k));
			else if (value && ((0, import_dist.isMap)(value) || (0, import_dist.isSeq)(value))) visit(value, [...path, k], depth + 1);
		}
	};
	visit(root, [], 0);
	return out;
}
/**
* The site of a chart-wide registry no image map here uses: resolved as a repository prefix (the
* resolver is asked about `registry/probe`), and rewritten in place.
*/
function registrySite(path, part, tree, needs) {
	const value = part.value;
	return {
		source: tree.source,
		field: formatPath([...tree.base, ...path]),
		ref: value,
		shape: "chart-wide registry",
		span: spanOf(part.node),
		prefixProbe: value.includes("/") ? "mirrorize-probe" : "mirrorize/probe",
		note: "a registry the chart's images are pulled through, with no image map here that uses it: every image under it follows",
		...needs ? { needs } : {},
		rewrite(_to, text) {
			return setScalar(tree.text, part.node, text);
		}
	};
}
const NAMED = [
	"repository",
	"repo",
	"image",
	"name"
];
/** Whether some image map has a string `registry` key, or a registry global is present (even empty). */
function hasRegistries(root, read) {
	if (REGISTRY_GLOBALS.some((g) => read.partAt(root, g.path) !== void 0)) return true;
	const seen = /* @__PURE__ */ new Set();
	const visit = (node) => {
		if (!node || seen.has(node)) return false;
		seen.add(node);
		if ((0, import_dist.isSeq)(node)) return node.items.some((i) => visit(i));
		if (!(0, import_dist.isMap)(node)) return false;
		const map = node;
		if (read.part(map, "registry")?.isString && NAMED.some((k) => read.part(map, k) !== void 0)) return true;
		return map.items.some((p) => visit(p.value));
	};
	return visit(root);
}
/** The image a learned composition describes at `path` (`anchor`: the map or the string). */
function learnedUnit(learned, path, anchor, walk) {
	const { comp, labels } = composeLearned(learned, walk.valuesRoot, walk.read);
	const named = [...comp.slots].reverse().find((s) => s.node !== void 0)?.node;
	return {
		path,
		shape: `learned${learned.origin ? ` (${learned.origin})` : ""}: ${labels.join("+")}`,
		comp,
		anchor: named ?? anchor,
		notes: [],
		strict: false,
		consumed: (0, import_dist.isMap)(anchor) ? keysOf(anchor) : [],
		reads: [
			learned.name.flat(),
			learned.tag ?? [],
			learned.digest ?? []
		].flat().flatMap((src) => "values" in src ? [walk.read.partAt(walk.valuesRoot, src.values)?.node] : []).filter((n) => n !== void 0),
		...learned.computed ? { unknown: learned.computed } : {}
	};
}
function collect(node, path, parent, walk, out) {
	const { read } = walk;
	if ((0, import_dist.isSeq)(node)) {
		node.items.forEach((item, i) => {
			if ((0, import_dist.isMap)(item) || (0, import_dist.isSeq)(item)) collect(item, [...path, i], parent, walk, out);
		});
		return;
	}
	if (!(0, import_dist.isMap)(node)) return;
	const map = node;
	const global = read.mapAt(map, ["global"]);
	const scope = global ? {
		root: map,
		global
	} : parent;
	const key = path[path.length - 1];
	const view = {
		map,
		path,
		imageKeyed: typeof key === "string" && IMAGE_KEY.test(key),
		scope,
		read,
		subcharts: walk.subcharts,
		globalWins: walk.globalWins,
		root: walk.valuesRoot,
		registriesElsewhere: walk.registriesElsewhere
	};
	const own = walk.learned.get(pathKey(path));
	const unit = own ? learnedUnit(own, path, map, walk) : recogniseMap(view);
	const consumed = new Set(unit?.consumed ?? []);
	if (unit) out.push(unit);
	for (const pair of map.items) {
		const k = keyOf(pair);
		if (k === void 0) continue;
		const value = pair.value;
		const learned = consumed.has(k) ? void 0 : walk.learned.get(pathKey([...path, k]));
		if (learned && ((0, import_dist.isScalar)(value) || (0, import_dist.isAlias)(value))) out.push(learnedUnit(learned, [...path, k], value, walk));
		else if (((0, import_dist.isScalar)(value) || (0, import_dist.isAlias)(value)) && !consumed.has(k) && IMAGE_KEY.test(k)) {
			const part = read.part(map, k);
			const found = part ? stringImage(view, k, part, [...path, k]) : void 0;
			if (found) out.push(found);
		} else if (value && ((0, import_dist.isMap)(value) || (0, import_dist.isSeq)(value))) collect(value, [...path, k], scope, walk, out);
	}
}
/** Images found by their keys alone must at least parse; templates are kept (reported as skipped). */
function usable(unit) {
	const ref = composedRef(unit.comp);
	if (ref === "" || notAnImage(unit.path, ref)) return false;
	if (!unit.strict) return true;
	return parseNormalized(ref).ok || /[{}$]/.test(ref);
}
function siteOf(unit, tree, needs) {
	const ref = composedRef(unit.comp);
	const span = spanOf(unit.anchor);
	const baseNote = unit.notes.join("; ");
	const site = {
		source: tree.source,
		field: formatPath([...tree.base, ...unit.path]),
		ref,
		shape: unit.shape,
		span,
		...baseNote ? { note: baseNote } : {},
		...needs ? { needs } : {},
		...unit.partial ? {
			partial: true,
			note: [unit.partial, ...unit.notes].join("; ")
		} : {},
		...unit.unknown ? { unknown: unit.unknown } : {},
		rewrite(to) {
			const plan = planRewrite(tree.text, unit.comp, ref, to, span);
			if (plan.ok) {
				const notes = [...unit.notes, ...plan.notes];
				if (notes.length > 0) site.note = notes.join("; ");
				return {
					ok: true,
					edits: plan.edits,
					at: plan.at,
					...plan.unpinned ? {
						wrote: plan.unpinned.wrote,
						notice: plan.unpinned.notice
					} : {},
					...plan.shared ? { shared: plan.shared } : {}
				};
			}
			return plan;
		}
	};
	return site;
}
const LIBRARY = /(?:^|\/)library\//;
/**
* Edits that make the chart render `to`: the fewest scalars (only the registry when it is its own
* scalar), never a tag or digest, never a scalar's spelling beyond the reference.
*/
function planRewrite(text, comp, ref, to, span) {
	const from = parseNormalized(ref);
	if (!from.ok) return {
		ok: false,
		reason: `${ref} is not a valid reference`,
		at: span
	};
	const solved = solve(comp, name(from.ref), name(to));
	if (!solved.ok) return {
		ok: false,
		reason: solved.reason,
		at: span
	};
	const edits = [];
	const notes = [];
	let at;
	const digest = to.digest && !from.ref.digest ? to.digest : void 0;
	const place = digest ? comp.pin?.find((p) => p.node !== void 0) : void 0;
	const tails = /* @__PURE__ */ new Map();
	let unpinned;
	const shared = {};
	if (digest && place?.how === "digest" && !comp.tag) unpinned = {
		wrote: format({
			...to,
			digest: void 0
		}),
		notice: `not pinned: the tag is not in the values (the chart supplies it, usually its appVersion), so the digest found for ${ref} need not be the image the chart renders; set the tag to pin it`
	};
	else if (digest && !place) {
		const wrote = format({
			...to,
			digest: void 0
		});
		unpinned = {
			wrote,
			notice: `not pinned: this shape has no place for a digest (no \`digest\` key, no tag of its own, not a whole reference), so ${wrote} is written without ${digest}; add a \`digest:\` key the chart reads, or pin it by hand`
		};
	} else if (digest && place?.how === "tail") {
		const i = comp.slots.length - 1;
		const slot = comp.slots[i];
		tails.set(i, `${slot.tail ?? ""}@${digest}`);
		if (!solved.changes.has(i)) solved.changes.set(i, slot.value);
	} else if (digest && place) {
		const value = place.how === "tag" ? `${place.value}@${digest}` : place.hexOnly ? digest.slice(digest.indexOf(":") + 1) : digest;
		const plan = setScalar(text, place.node, value);
		if (!plan.ok) return {
			ok: false,
			reason: `${place.label} cannot take the digest: ${plan.reason}`,
			at: plan.at
		};
		edits.push(...plan.edits);
		notes.push(`pinned in ${place.label}`);
	}
	const changes = [...solved.changes].sort((a, b) => a[0] - b[0]);
	for (const [i, value] of changes) {
		const slot = comp.slots[i];
		const plan = setScalar(text, slot.node, `${value}${tails.get(i) ?? slot.tail ?? ""}`);
		if (plan.ok && slot.shared) for (let k = 0; k < plan.edits.length; k++) shared[edits.length + k] = slot.label;
		if (!plan.ok) return {
			ok: false,
			reason: `${slot.label} cannot be changed: ${plan.reason}`,
			at: plan.at
		};
		edits.push(...plan.edits);
		at ??= plan.at;
		for (const twin of slot.twins ?? []) {
			const also = setScalar(text, twin.node, value);
			if (!also.ok) return {
				ok: false,
				reason: `${twin.label} cannot be changed: ${also.reason}`,
				at: also.at
			};
			edits.push(...also.edits);
			notes.push(`${twin.label} holds the same registry as ${slot.label} and changes with it`);
		}
		if (slot.shared) notes.push(`${slot.label} is shared: every image that uses it follows`);
		if (slot.role !== "path") continue;
		if (LIBRARY.test(value) && !LIBRARY.test(slot.value)) notes.push(`${slot.label} gets library/: the mirror needs Docker Hub's full name to serve the same image`);
		else if (changes.length > 1) notes.push(`${slot.label} changes too: the mirror keeps the image under another path`);
	}
	return {
		ok: true,
		edits,
		at: at ?? span,
		notes,
		...unpinned ? { unpinned } : {},
		...Object.keys(shared).length ? { shared } : {}
	};
}
// src/locate/helm/inner-text.ts
/**
* Image sites of Helm values held in a string (Argo CD `helm.values`, k3s `valuesContent`): the
* inner YAML is parsed and located like a values file, and every span and edit is mapped back to
* the file. A literal block scalar (`|`, `|-`, `|+`) and a one-line quoted string without escapes
* map exactly and are edited in place, keeping the block's indentation and line breaks. Anything
* else (a folded `>` block, escapes) is located and reported, and its rewrites are `unsafe-edit`.
*/
function locateValuesText(text, node, base, settings) {
	return locateInnerText(text, node, settings, "values are", (inner, doc) => locateValues({
		text: inner,
		doc,
		root: doc.contents,
		base,
		source: "embedded",
		settings
	}));
}
/**
* Image sites of YAML held in a string scalar, located by `locate` in each inner document, with spans
* and edits mapped back to the file (see `locateValuesText`); `what` names the content in findings
* ("values are", "patch is"). A text that does not parse has no sites.
*/
function locateInnerText(text, node, settings, what, locate) {
	if (typeof node.value !== "string") return [];
	const map = textMap(text, node);
	const inner = map?.inner ?? node.value;
	const sites = [];
	if (checkTextLimits(inner, "", settings.limits)) return [];
	for (const doc of (0, import_dist.parseAllDocuments)(inner, { prettyErrors: false })) {
		if (doc.errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) noteStackExhausted();
		if (doc.errors.length > 0) return [];
		sites.push(...locate(inner, doc));
	}
	const outer = spanOf(node);
	if (map) return sites.map((s) => mapSite(s, map, outer));
	const [them, they] = what.endsWith(" are") ? ["them", "they"] : ["it", "it"];
	return refuseSites(sites, text, inner, outer, node.type === "BLOCK_FOLDED" ? `the ${what} a folded block scalar (>); write ${them} as a literal block (|) so ${they} can be edited` : `the ${what} a string with escapes or line breaks; write ${them} as a literal block (|) so ${they} can be edited`);
}
/** The exact inner/outer correspondence of a literal block or a simple quoted string, if there is one. */
function textMap(text, node) {
	const span = spanOf(node);
	const source = text.slice(span.start, span.end);
	if (node.type === "BLOCK_LITERAL") return literalMap(text, span, source, String(node.value));
	if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
		const body = source.slice(1, -1);
		if (/[\r\n\\]/.test(body) || node.type === "QUOTE_SINGLE" && body.includes("''")) return void 0;
		if (body !== node.value) return void 0;
		const quote = node.type === "QUOTE_SINGLE" ? "'" : "\"";
		return {
			inner: body,
			innerStarts: [0],
			outerStarts: [span.start + 1],
			newline: "",
			quote
		};
	}
}
function literalMap(text, span, source, value) {
	const headerEnd = source.indexOf("\n");
	if (headerEnd < 0) return void 0;
	const header = source.slice(0, headerEnd).replace(/\s+#.*$/, "").trim();
	const explicit = /^\|(?:[-+]?(\d)|(\d)[-+]?)/.exec(header);
	const lines = source.slice(headerEnd + 1).split("\n");
	if (lines[lines.length - 1] === "") lines.pop();
	const bare = lines.map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
	let indent;
	if (explicit) {
		const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
		indent = /^ */.exec(text.slice(lineStart, span.start))[0].length + Number(explicit[1] ?? explicit[2]);
	} else {
		const first = bare.find((l) => l.trim() !== "");
		if (first === void 0) return void 0;
		indent = /^ */.exec(first)[0].length;
	}
	const innerLines = [];
	const innerStarts = [];
	const outerStarts = [];
	let outer = span.start + headerEnd + 1;
	let inner = 0;
	lines.forEach((raw, i) => {
		const line = bare[i];
		const cut = Math.min(indent, /^ */.exec(line)[0].length);
		innerStarts.push(inner);
		outerStarts.push(outer + cut);
		innerLines.push(line.slice(cut));
		inner += line.length - cut + 1;
		outer += raw.length + 1;
	});
	const innerText = innerLines.join("\n");
	if (innerText.replace(/\n+$/, "") !== value.replace(/\n+$/, "")) return void 0;
	return {
		inner: innerText,
		innerStarts,
		outerStarts,
		newline: `${eolAt(text, span.start)}${" ".repeat(indent)}`
	};
}
function toOuter(map, offset) {
	let lo = 0;
	let hi = map.innerStarts.length - 1;
	while (lo < hi) {
		const mid = lo + hi + 1 >> 1;
		if (map.innerStarts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return map.outerStarts[lo] + (offset - map.innerStarts[lo]);
}
function mapSpan(map, span) {
	return {
		start: toOuter(map, span.start),
		end: toOuter(map, span.end)
	};
}
function mapEdit(map, edit) {
	const unsafe = map.quote === "'" ? /[\r\n']/ : /[\r\n"'\\]/;
	if (map.newline === "" && unsafe.test(edit.text)) return void 0;
	return {
		start: toOuter(map, edit.start),
		end: toOuter(map, edit.end),
		text: map.newline === "" ? edit.text : edit.text.replace(/\r?\n/g, map.newline)
	};
}
function mapSetting(map, setting) {
	const edits = setting.edits?.map((e) => mapEdit(map, e));
	const mapped = {
		...setting,
		span: mapSpan(map, setting.span)
	};
	if (edits?.every((e) => e !== void 0)) mapped.edits = edits;
	else delete mapped.edits;
	return mapped;
}
function mapSite(site, map, outer) {
	const mapped = {
		...site,
		span: mapSpan(map, site.span),
		...site.follows ? { follows: mapSpan(map, site.follows) } : {},
		...site.needs ? { needs: mapSetting(map, site.needs) } : {},
		rewrite(to, toText) {
			const plan = site.rewrite(to, toText);
			mapped.note = site.note;
			if (!plan.ok) return {
				...plan,
				at: mapSpan(map, plan.at)
			};
			const edits = plan.edits.map((e) => mapEdit(map, e));
			if (edits.some((e) => e === void 0)) return {
				ok: false,
				reason: "the new value cannot be written inside the quoted string",
				at: outer
			};
			return {
				ok: true,
				edits,
				at: mapSpan(map, plan.at)
			};
		}
	};
	return mapped;
}
/**
* Sites whose text cannot be mapped exactly: each points at its value found in the outer source
* (in order), and never edits.
*/
function refuseSites(sites, text, inner, outer, reason) {
	const source = text.slice(outer.start, outer.end);
	let cursor = 0;
	return [...sites].sort((a, b) => a.span.start - b.span.start).map((site) => {
		const needle = inner.slice(site.span.start, site.span.end);
		const at = needle ? source.indexOf(needle, cursor) : -1;
		const span = at >= 0 ? {
			start: outer.start + at,
			end: outer.start + at + needle.length
		} : outer;
		if (at >= 0) cursor = at + needle.length;
		const refused = {
			source: site.source,
			field: site.field,
			ref: site.ref,
			shape: site.shape,
			span,
			rewrite: () => ({
				ok: false,
				reason,
				at: span
			})
		};
		if (site.note) refused.note = site.note;
		return refused;
	});
}
// src/locate/kubernetes.ts
/** Keys whose value is a list of containers (each with an `image`), at any depth of any object. */
const CONTAINER_LISTS = /* @__PURE__ */ new Set([
	"containers",
	"initContainers",
	"ephemeralContainers"
]);
/** Keys never descended into: observed state and server-side bookkeeping. */
const SKIPPED_KEYS = /* @__PURE__ */ new Set(["status", "metadata"]);
/** Kinds whose content describes other objects rather than holding images. */
const SKIPPED_KINDS = /* @__PURE__ */ new Set(["CustomResourceDefinition"]);
/** Image sites of one Kubernetes object (a map with apiVersion and kind); `List` items included. */
function locateObject(obj, ctx, base = []) {
	const kind = stringOf(obj, "kind") ?? "";
	const apiVersion = stringOf(obj, "apiVersion") ?? "";
	if (SKIPPED_KINDS.has(kind)) return [];
	if (kind.endsWith("List")) {
		const items = nodeAt(obj, "items");
		if ((0, import_dist.isSeq)(items)) return items.items.flatMap((item, i) => (0, import_dist.isMap)(item) ? locateObject(item, ctx, [
			...base,
			"items",
			i
		]) : []);
	}
	const sites = [];
	const add = (site) => {
		if (site) sites.push(site);
	};
	walk(obj, base, (map, path) => {
		for (const pair of map.items) {
			const key = keyOf(pair);
			if (key === void 0) continue;
			const value = pair.value;
			if (CONTAINER_LISTS.has(key) && (0, import_dist.isSeq)(value)) value.items.forEach((c, i) => {
				if (!(0, import_dist.isMap)(c)) return;
				const cpath = [
					...path,
					key,
					i
				];
				add(imageField(c, "image", cpath, ctx));
				sites.push(...embeddedSites(c, cpath, ctx.text));
			});
			else if (key === "volumes" && (0, import_dist.isSeq)(value)) value.items.forEach((v, i) => {
				const image = (0, import_dist.isMap)(v) ? nodeAt(v, "image") : void 0;
				if ((0, import_dist.isMap)(image)) add(imageField(image, "reference", [
					...path,
					key,
					i,
					"image"
				], ctx));
			});
		}
	});
	for (const spec of specsFor(ctx.specs, kind, apiVersion)) matchSteps(obj, spec.steps, 0, base, (node, path, parent) => {
		add(spec.format === "name=reference" ? overrideSite(node, path, ctx) : spec.format === "hub" ? hubSite(node, path, parent, ctx) : valueSite(node, path, ctx));
		if (parent) sites.push(...embeddedSites(parent, path.slice(0, -1), ctx.text));
	});
	return sites;
}
/** A site for `map[key]` when it holds a string (or an alias of one). */
function imageField(map, key, path, ctx) {
	return valueSite(nodeAt(map, key), [...path, key], ctx);
}
/** A site for a value node that holds a string (or an alias of one). */
function valueSite(node, path, ctx) {
	const field = formatPath(path);
	if ((0, import_dist.isScalar)(node)) {
		if (typeof node.value !== "string") return void 0;
		return scalarSite(ctx.text, node, {
			source: "kubernetes",
			field
		});
	}
	if ((0, import_dist.isAlias)(node)) {
		const target = node.resolve(ctx.doc);
		if ((0, import_dist.isScalar)(target) && typeof target.value === "string") return aliasSite(node, target, {
			source: "kubernetes",
			field
		});
	}
}
/** An image override string `[name=]reference` (Argo CD `kustomize.images`): only the reference changes. */
function overrideSite(node, path, ctx) {
	if (!(0, import_dist.isScalar)(node) || typeof node.value !== "string") return void 0;
	const value = node.value;
	const eq = value.indexOf("=");
	const prefix = eq >= 0 ? value.slice(0, eq + 1) : "";
	return {
		source: "kubernetes",
		field: formatPath(path),
		ref: value.slice(prefix.length),
		span: spanOf(node),
		rewrite: (_to, toText) => replaceScalar(ctx.text, node, prefix + toText)
	};
}
/** The component a hub site is resolved as: any image under the hub resolves the same by host rules. */
const HUB_COMPONENT = "pilot";
/**
* A registry prefix for many images (IstioOperator `spec.hub`, with `tag` beside it): resolved as the
* reference of one component under it (`<hub>/pilot:<tag>`), and rewritten to the mirror's prefix of
* that reference. A mirror that does not keep the component under one prefix (a flatten rule, a rule
* for one component) cannot be written as a hub: reported.
*/
function hubSite(node, path, parent, ctx) {
	if (!(0, import_dist.isScalar)(node) || typeof node.value !== "string" || node.value === "") return void 0;
	const hub = node.value.replace(/\/+$/, "");
	const tagNode = parent ? nodeAt(parent, "tag") : void 0;
	const tag = (0, import_dist.isScalar)(tagNode) && tagNode.value != null ? String(tagNode.value) : "";
	const suffix = `/${HUB_COMPONENT}${tag ? `:${tag}` : ""}`;
	return {
		source: "kubernetes",
		field: formatPath(path),
		ref: `${hub}${suffix}`,
		shape: "hub+tag",
		note: `resolved as ${HUB_COMPONENT}, one of the images under the hub`,
		span: spanOf(node),
		rewrite: (_to, toText) => toText.endsWith(suffix) && toText.length > suffix.length ? replaceScalar(ctx.text, node, toText.slice(0, -suffix.length)) : {
			ok: false,
			reason: `its mirror (${toText}) does not keep the images under one hub; set the hub by hand`,
			at: spanOf(node)
		}
	};
}
/** Visit every map below `node` (itself included), never entering skipped keys at the top. */
function walk(node, path, visit, depth = 0) {
	if ((0, import_dist.isMap)(node)) {
		visit(node, path);
		for (const pair of node.items) {
			const key = keyOf(pair);
			if (key === void 0 || depth === 0 && SKIPPED_KEYS.has(key)) continue;
			const v = pair.value;
			if (v && ((0, import_dist.isMap)(v) || (0, import_dist.isSeq)(v))) walk(v, [...path, key], visit, depth + 1);
		}
	} else if ((0, import_dist.isSeq)(node)) node.items.forEach((item, i) => {
		if ((0, import_dist.isMap)(item) || (0, import_dist.isSeq)(item)) walk(item, [...path, i], visit, depth + 1);
	});
}
/**
* Follow compiled field-spec steps from `node`; `found` gets each matched value node, its path, and
* the map that holds it (undefined for list items).
*/
function matchSteps(node, steps, i, path, found) {
	const step = steps[i];
	if (!step) return;
	if ("deep" in step) {
		matchSteps(node, steps, i + 1, path, found);
		if ((0, import_dist.isMap)(node)) for (const pair of node.items) {
			const key = keyOf(pair);
			const v = pair.value;
			if (key !== void 0 && v && ((0, import_dist.isMap)(v) || (0, import_dist.isSeq)(v))) matchSteps(v, steps, i, [...path, key], found);
		}
		else if ((0, import_dist.isSeq)(node)) node.items.forEach((item, j) => {
			if ((0, import_dist.isMap)(item) || (0, import_dist.isSeq)(item)) matchSteps(item, steps, i, [...path, j], found);
		});
		return;
	}
	if (!(0, import_dist.isMap)(node)) return;
	const map = node;
	const last = i === steps.length - 1;
	for (const pair of map.items) {
		const key = keyOf(pair);
		if (key === void 0) continue;
		if ("key" in step && step.key !== key) continue;
		if (i === 0 && SKIPPED_KEYS.has(key)) continue;
		const kpath = [...path, key];
		const v = pair.value;
		if (!step.list) {
			if (last) found(v, kpath, map);
			else if (v) matchSteps(v, steps, i + 1, kpath, found);
			continue;
		}
		if (!(0, import_dist.isSeq)(v)) continue;
		v.items.forEach((item, j) => {
			if (last) found(item, [...kpath, j]);
			else if ((0, import_dist.isMap)(item)) matchSteps(item, steps, i + 1, [...kpath, j], found);
		});
	}
}
// src/locate/config-data.ts
/** Kinds whose `data` an operator reads configuration from. */
const CONFIG_KINDS = /* @__PURE__ */ new Set(["ConfigMap"]);
/**
* Images in ConfigMap data that operators read (the rows of `CONFIG_DATA_SPECS`, and any data key
* named like an image whose value is a reference). Reported, rewritten only with `embedded: rewrite`:
* the operator, not Kubernetes, pulls them. YAML or JSON held in a value is parsed and its images
* located; spans and edits are mapped back to the file (a literal block or a simple quoted string is
* edited in place, anything else is reported).
*/
function locateConfigData(obj, ctx, base) {
	if (!CONFIG_KINDS.has(stringOf(obj, "kind") ?? "")) return [];
	const data = nodeAt(obj, "data");
	if (!(0, import_dist.isMap)(data)) return [];
	const metadata = nodeAt(obj, "metadata");
	const name = (0, import_dist.isMap)(metadata) ? stringOf(metadata, "name") : void 0;
	const sites = [];
	for (const pair of data.items) {
		const key = keyOf(pair);
		const value = pair.value;
		if (key === void 0 || !(0, import_dist.isScalar)(value) || typeof value.value !== "string") continue;
		const path = [
			...base,
			"data",
			key
		];
		const spec = CONFIG_DATA_SPECS.find((s) => s.key === key && name !== void 0 && nameMatches(s, name));
		if (spec && spec.holds !== "reference") {
			sites.push(...innerSites(value, spec, path, ctx));
			continue;
		}
		const v = value.value.trim();
		if ((spec !== void 0 || IMAGE_DATA_KEY.test(key) && !NOT_IMAGE_DATA_KEY.test(key) && v.includes("/")) && looksLikeImage(v, true) && !/\s/.test(v) && !notAnImage([key], v)) {
			const site = scalarSite(ctx.text, value, {
				source: "config",
				field: formatPath(path),
				optIn: true
			});
			if (site) sites.push(site);
		}
	}
	return sites;
}
/** An operator's ConfigMap, also when kustomize or a chart prefixes its name (`myrelease-katib-config`). */
function nameMatches(spec, name) {
	return name === spec.name || name.endsWith(`-${spec.name}`);
}
function innerSites(node, spec, path, ctx) {
	const holds = spec.holds;
	return locateInnerText(ctx.text, node, ctx.settings, "data is", (inner, doc) => {
		const root = doc.contents;
		if (!(0, import_dist.isMap)(root)) return [];
		if (holds === "object") return locateObject(root, {
			text: inner,
			doc,
			specs: ctx.specs
		}, path);
		if (holds === "reference") return [];
		const found = [];
		for (const p of holds.paths) matchSteps(root, compilePath(p), 0, path, (value, at) => {
			if (!(0, import_dist.isScalar)(value) || typeof value.value !== "string") return;
			const site = scalarSite(inner, value, {
				source: "config",
				field: formatPath(at)
			});
			if (site) found.push(site);
		});
		return found;
	}).map((s) => ({
		...s,
		source: "config",
		optIn: true
	}));
}
// src/locate/embedded-values.ts
/**
* Objects that carry Helm chart values, as data: the kinds (and API groups) and the paths of their
* values. A path is dot-separated, `x[]` walks every item of list `x`. The value at a path is a map
* (located like a values file) or a string of YAML (parsed, located, and edited in place).
*/
const VALUES_HOSTS = [
	{
		kinds: ["HelmRelease"],
		groups: ["helm.toolkit.fluxcd.io", "helm.fluxcd.io"],
		paths: ["spec.values"]
	},
	{
		kinds: ["Application"],
		groups: ["argoproj.io"],
		paths: ["spec.source", "spec.sources[]"].flatMap((s) => [`${s}.helm.valuesObject`, `${s}.helm.values`])
	},
	{
		kinds: ["ApplicationSet"],
		groups: ["argoproj.io"],
		paths: ["spec.template.spec.source", "spec.template.spec.sources[]"].flatMap((s) => [`${s}.helm.valuesObject`, `${s}.helm.values`])
	},
	{
		kinds: ["HelmChart", "HelmChartConfig"],
		groups: ["helm.cattle.io"],
		paths: ["spec.valuesContent"]
	}
];
/** kustomize `helmCharts[].valuesInline` (in a kustomization, with or without apiVersion/kind). */
const KUSTOMIZE_PATHS = ["helmCharts[].valuesInline"];
const KUSTOMIZE_KINDS = /* @__PURE__ */ new Set(["Kustomization", "Component"]);
/**
* Helm values embedded in other objects (Flux HelmRelease, Argo CD Application and ApplicationSet,
* k3s HelmChart/HelmChartConfig, kustomize helmCharts[].valuesInline), located like a values file.
* `List` objects are searched item by item.
*/
function locateEmbeddedValues(obj, ctx, base = []) {
	const kind = stringOf(obj, "kind") ?? "";
	const apiVersion = stringOf(obj, "apiVersion") ?? "";
	if (kind.endsWith("List")) {
		const items = nodeAt(obj, "items");
		if ((0, import_dist.isSeq)(items)) return items.items.flatMap((item, i) => (0, import_dist.isMap)(item) ? locateEmbeddedValues(item, ctx, [
			...base,
			"items",
			i
		]) : []);
	}
	const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
	const paths = KUSTOMIZE_KINDS.has(kind) && (!apiVersion || group === "kustomize.config.k8s.io") || ctx.role === "kustomization" && !kind ? KUSTOMIZE_PATHS : VALUES_HOSTS.filter((h) => h.kinds.includes(kind) && h.groups.includes(group)).flatMap((h) => h.paths);
	const sites = [];
	for (const path of paths) follow(obj, steps(path), base, (node, at) => {
		if ((0, import_dist.isMap)(node)) sites.push(...locateValues({
			text: ctx.text,
			doc: ctx.doc,
			root: node,
			base: at,
			source: "embedded",
			settings: ctx.settings
		}));
		else if ((0, import_dist.isScalar)(node) && typeof node.value === "string") sites.push(...locateValuesText(ctx.text, node, at, ctx.settings));
	});
	return sites;
}
/**
* A helmfile (a document without `kind` whose `releases` are maps with a `chart`): the maps among
* `releases[].values` are inline Helm values (its strings are file names, followed as values files by
* src/locate/values-files.ts).
*/
function isHelmfile(root) {
	if (stringOf(root, "kind") !== void 0) return false;
	const releases = nodeAt(root, "releases");
	return (0, import_dist.isSeq)(releases) && releases.items.length > 0 && releases.items.every((r) => (0, import_dist.isMap)(r) && stringOf(r, "chart") !== void 0);
}
function locateHelmfileValues(root, ctx, base = []) {
	const sites = [];
	follow(root, steps("releases[].values[]"), base, (node, at) => {
		if (!(0, import_dist.isMap)(node)) return;
		sites.push(...locateValues({
			text: ctx.text,
			doc: ctx.doc,
			root: node,
			base: at,
			source: "embedded",
			settings: ctx.settings
		}));
	});
	return sites;
}
function steps(path) {
	return path.split(".").map((part) => part.endsWith("[]") ? {
		key: part.slice(0, -2),
		list: true
	} : {
		key: part,
		list: false
	});
}
/** Call `found` with every node at `steps` below `node`. */
function follow(node, path, at, found) {
	const [step, ...rest] = path;
	if (!step) {
		found(node, at);
		return;
	}
	if (!(0, import_dist.isMap)(node)) return;
	const next = nodeAt(node, step.key);
	if (!next) return;
	if (!step.list) {
		follow(next, rest, [...at, step.key], found);
		return;
	}
	if (!(0, import_dist.isSeq)(next)) return;
	next.items.forEach((item, i) => {
		if (item) follow(item, rest, [
			...at,
			step.key,
			i
		], found);
	});
}
// src/locate/helm/index.ts
/** Image sites of a Helm values document (every shape of research/shapes.md §1). */
function locateHelmValues(doc, ctx) {
	return locateValues({
		text: ctx.text,
		doc,
		root: doc.contents,
		base: [],
		source: "helm",
		settings: ctx.settings,
		chart: ctx.chart
	});
}
// src/locate/kubeadm.ts
const KUBEADM_API = /^kubeadm\.k8s\.io\//;
/** Is this map a kubeadm `ClusterConfiguration` (v1beta3, v1beta4, …)? */
function isClusterConfiguration(root) {
	return stringOf(root, "kind") === "ClusterConfiguration" && KUBEADM_API.test(stringOf(root, "apiVersion") ?? "");
}
/**
* The repository prefixes of a kubeadm `ClusterConfiguration`: `imageRepository` (kube-apiserver,
* controller-manager, scheduler, proxy, pause, and etcd / CoreDNS unless set below),
* `etcd.local.imageRepository` and `dns.imageRepository`. They are not images: kubeadm appends the
* component names, so each is resolved as `prefix/component` and the rules' strategy decides the new
* prefix (`flatten` maps registry.k8s.io to one flat repository such as
* registry.aliyuncs.com/google_containers). `imageTag` and `kubernetesVersion` are tags, not images.
*/
function locateKubeadm(root, text) {
	const sites = [];
	const add = (node, field, probe, shape, note) => {
		if (!isStringScalar(node) || node.value.trim() === "") return;
		const span = spanOf(node);
		const written = text.slice(span.start, span.end);
		const ref = node.type === "PLAIN" ? written : written.slice(1, -1);
		sites.push({
			source: "kubeadm",
			field,
			ref: ref === node.value || /[{}]/.test(ref) ? ref : node.value,
			shape,
			span,
			prefixProbe: probe,
			note,
			rewrite: (_to, toText) => replaceScalar(text, node, toText)
		});
	};
	if (pairOf(root, "imageRepository") === void 0) {
		const missing = defaultRepositorySite(root, text);
		if (missing) sites.push(missing);
	}
	add(nodeAt(root, "imageRepository"), "imageRepository", "kube-apiserver", "kubeadm-imageRepository", "a repository prefix: kubeadm pulls the control-plane images from it");
	const dns = nodeAt(root, "dns");
	if ((0, import_dist.isMap)(dns)) add(nodeAt(dns, "imageRepository"), "dns.imageRepository", "coredns", "kubeadm-dns-imageRepository", "a repository prefix: kubeadm pulls coredns from it");
	const etcd = nodeAt(root, "etcd");
	const local = (0, import_dist.isMap)(etcd) ? nodeAt(etcd, "local") : void 0;
	if ((0, import_dist.isMap)(local)) add(nodeAt(local, "imageRepository"), "etcd.local.imageRepository", "etcd", "kubeadm-etcd-imageRepository", "a repository prefix: kubeadm pulls etcd from it");
	return sites;
}
/** What kubeadm uses when `imageRepository` is not set. */
const KUBEADM_DEFAULT_REPOSITORY = "registry.k8s.io";
/**
* A ClusterConfiguration without `imageRepository` pulls the control plane from registry.k8s.io:
* that default is a site too, pointing at `kind:`, and its rewrite adds `imageRepository: <mirror>`
* on the line after `kind: ClusterConfiguration`, at the same indentation (block maps only).
*/
function defaultRepositorySite(root, text) {
	const kind = pairOf(root, "kind");
	const key = kind?.key;
	const value = kind?.value;
	if (!(0, import_dist.isScalar)(key) || !(0, import_dist.isScalar)(value) || root.flow) return void 0;
	const keySpan = spanOf(key);
	const span = spanOf(value);
	const lineStart = text.lastIndexOf("\n", keySpan.start - 1) + 1;
	const indent = text.slice(lineStart, keySpan.start);
	const lineEnd = text.indexOf("\n", span.end);
	return {
		source: "kubeadm",
		field: "imageRepository",
		ref: KUBEADM_DEFAULT_REPOSITORY,
		shape: "kubeadm-imageRepository-default",
		span,
		prefixProbe: "kube-apiserver",
		note: "imageRepository is not set, so kubeadm pulls the control plane from registry.k8s.io",
		rewrite: (_to, toText) => {
			if (!/^[ \t]*$/.test(indent)) return {
				ok: false,
				reason: "imageRepository cannot be added here; add it by hand",
				at: span
			};
			const crlf = lineEnd < 0 ? text.includes("\r\n") : text[lineEnd - 1] === "\r";
			const eol = crlf ? "\r\n" : "\n";
			const at = lineEnd < 0 ? text.length : crlf ? lineEnd - 1 : lineEnd;
			return {
				ok: true,
				edits: [{
					start: at,
					end: at,
					text: `${eol}${indent}imageRepository: ${toText}`
				}],
				at: span
			};
		}
	};
}
// src/locate/kustomize-patches.ts
/**
* Where a kustomization holds patches, as data: the list key, and the key of an item that holds the
* patch inline (a string of YAML or JSON) or names a patch file. `patchesStrategicMerge` items are
* strings themselves: a file name, or an inline patch when they hold a line break.
*/
const PATCH_LISTS = [
	{
		key: "patches",
		inline: "patch",
		file: "path"
	},
	{
		key: "patchesJson6902",
		inline: "patch",
		file: "path"
	},
	{ key: "patchesStrategicMerge" }
];
/**
* JSON 6902 operations whose value holds images, by the operation's path (a JSON pointer): the value
* is an image string, one container, a list of containers, or any object (located as an object is).
*/
const JSON_PATCH_VALUES = [
	{
		path: /\/(?:containers|initContainers|ephemeralContainers)\/(?:\d+|-)\/image$/,
		value: "image"
	},
	{
		path: /\/(?:containers|initContainers|ephemeralContainers)\/(?:\d+|-)$/,
		value: "container"
	},
	{
		path: /\/(?:containers|initContainers|ephemeralContainers)$/,
		value: "containers"
	},
	{
		path: /\/image$/,
		value: "image"
	},
	{
		path: /^\//,
		value: "object"
	}
];
/** Operations that put a value into the document. */
const VALUE_OPS = /* @__PURE__ */ new Set(["add", "replace"]);
const JSON_PATCH_OPS = /* @__PURE__ */ new Set([
	"add",
	"remove",
	"replace",
	"move",
	"copy",
	"test"
]);
/** The patch files a kustomization names (relative to it), in order. */
function patchFiles(root) {
	const out = [];
	for (const list of PATCH_LISTS) {
		const seq = nodeAt(root, list.key);
		if (!(0, import_dist.isSeq)(seq)) continue;
		for (const item of seq.items) if (list.file && (0, import_dist.isMap)(item)) {
			const path = stringOf(item, list.file);
			if (path) out.push(path);
		} else if (!list.inline && (0, import_dist.isScalar)(item) && typeof item.value === "string" && !item.value.includes("\n")) out.push(item.value);
	}
	return out;
}
/**
* Images set by a kustomization's inline patches: strategic-merge patches (`patches[].patch`,
* `patchesStrategicMerge` strings) are located as objects, JSON 6902 operations by their paths. Inside
* a literal block (`|`) or a simple quoted string they are edited in place; otherwise reported.
*/
function locateInlinePatches(root, text, specs, settings) {
	const sites = [];
	for (const list of PATCH_LISTS) {
		const seq = nodeAt(root, list.key);
		if (!(0, import_dist.isSeq)(seq)) continue;
		seq.items.forEach((item, i) => {
			let node;
			let base;
			if (list.inline && (0, import_dist.isMap)(item)) {
				node = nodeAt(item, list.inline);
				base = [
					list.key,
					i,
					list.inline
				];
			} else if (!list.inline && (0, import_dist.isScalar)(item) && typeof item.value === "string" && item.value.includes("\n")) {
				node = item;
				base = [list.key, i];
			} else return;
			if (!(0, import_dist.isScalar)(node) || typeof node.value !== "string") return;
			sites.push(...locateInnerText(text, node, settings, "patch is", (inner, doc) => locatePatchDocument(doc, {
				text: inner,
				doc,
				specs
			}, base)));
		});
	}
	return sites;
}
/** Image sites of one patch document: a strategic-merge patch (a map) or JSON 6902 operations. */
function locatePatchDocument(doc, ctx, base) {
	const root = doc.contents;
	if ((0, import_dist.isSeq)(root)) return isJsonPatch(root) ? locateJsonPatch(root, ctx, base) : [];
	if ((0, import_dist.isMap)(root)) return locateObject(root, ctx, base);
	return [];
}
/** A list of JSON 6902 operations (`[{op, path, value?}]`, as YAML or JSON). */
function isJsonPatch(seq) {
	return seq.items.length > 0 && seq.items.every((item) => {
		if (!(0, import_dist.isMap)(item)) return false;
		const op = stringOf(item, "op");
		const path = stringOf(item, "path");
		return op !== void 0 && JSON_PATCH_OPS.has(op) && path?.startsWith("/") === true;
	});
}
/** Image sites of JSON 6902 operations: the values `add`/`replace` put at image paths. */
function locateJsonPatch(seq, ctx, base) {
	const sites = [];
	seq.items.forEach((item, i) => {
		const op = item;
		if (!VALUE_OPS.has(stringOf(op, "op") ?? "")) return;
		const pointer = stringOf(op, "path");
		const value = nodeAt(op, "value");
		if (value === void 0) return;
		const at = [
			...base,
			i,
			...pointerPath(pointer)
		];
		const shape = JSON_PATCH_VALUES.find((v) => v.path.test(pointer)).value;
		const image = (node, path) => {
			if ((0, import_dist.isScalar)(node) && typeof node.value === "string" && node.value !== "") sites.push(scalarSite(ctx.text, node, {
				source: "kubernetes",
				field: formatPath(path)
			}));
		};
		if (shape === "image") image(value, at);
		else if (shape === "container" && (0, import_dist.isMap)(value)) image(nodeAt(value, "image"), [...at, "image"]);
		else if (shape === "containers" && (0, import_dist.isSeq)(value)) value.items.forEach((c, j) => {
			if ((0, import_dist.isMap)(c)) image(nodeAt(c, "image"), [
				...at,
				j,
				"image"
			]);
		});
		else if (shape === "object" && (0, import_dist.isMap)(value)) sites.push(...locateObject(value, ctx, at));
	});
	return sites;
}
/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image` (`-` is -1). */
function pointerPath(pointer) {
	return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p === "-" ? -1 : p);
}
/**
* `replacements:` entries whose targets are image fields: the image comes from another resource's
* field (kustomize copies it after `images:`), which mirrorize does not follow; reported.
*/
function imageReplacements(root) {
	const seq = nodeAt(root, "replacements");
	if (!(0, import_dist.isSeq)(seq)) return [];
	const out = [];
	seq.items.forEach((item, index) => {
		if (!(0, import_dist.isMap)(item)) return;
		const source = nodeAt(item, "source");
		const targets = nodeAt(item, "targets");
		if (!(0, import_dist.isMap)(source) || !(0, import_dist.isSeq)(targets)) return;
		const paths = [];
		for (const t of targets.items) {
			const fieldPaths = (0, import_dist.isMap)(t) ? nodeAt(t, "fieldPaths") : void 0;
			if (!(0, import_dist.isSeq)(fieldPaths)) continue;
			for (const p of fieldPaths.items) if ((0, import_dist.isScalar)(p) && typeof p.value === "string" && /(?:^|\.)image$/.test(p.value)) paths.push(p.value);
		}
		if (paths.length === 0) return;
		const s = source;
		const what = `${stringOf(s, "kind") ?? "?"}/${stringOf(s, "name") ?? "?"} ${stringOf(s, "fieldPath") ?? "metadata.name"}`;
		out.push({
			span: spanOf(item),
			index,
			source: what,
			targets: paths
		});
	});
	return out;
}
// src/locate/kustomization.ts
function entryNodes(root, text, base) {
	const images = nodeAt(root, "images");
	if (!(0, import_dist.isSeq)(images)) return [];
	const out = [];
	images.items.forEach((item, index) => {
		if (!(0, import_dist.isMap)(item)) return;
		const map = item;
		const path = [
			...base,
			"images",
			index
		];
		const nameRaw = nodeAt(map, "name");
		const nameNode = (0, import_dist.isScalar)(nameRaw) && typeof nameRaw.value === "string" ? nameRaw : void 0;
		const newNamePair = pairOf(map, "newName");
		const newNameRaw = newNamePair?.value;
		const newNameNode = (0, import_dist.isScalar)(newNameRaw) ? newNameRaw : void 0;
		const newName = newNameNode && typeof newNameNode.value === "string" && newNameNode.value !== "" ? newNameNode.value : void 0;
		const tagNode = nodeAt(map, "newTag");
		const newTag = (0, import_dist.isScalar)(tagNode) ? spelledValue(text, tagNode) : void 0;
		const digestPair = pairOf(map, "digest");
		const digestNode = digestPair?.value;
		const digest = (0, import_dist.isScalar)(digestNode) && typeof digestNode.value === "string" && digestNode.value !== "" ? digestNode.value : void 0;
		const shown = newName ?? nameNode?.value;
		let ref;
		if (typeof shown === "string") {
			ref = shown;
			if (newTag) ref += `:${newTag}`;
			if (digest) ref += `@${digest}`;
		}
		const data = {
			index,
			name: nameNode ? String(nameNode.value) : void 0,
			newName,
			newTag,
			digest,
			ref,
			field: ref === void 0 ? void 0 : formatPath([...path, newName ? "newName" : "name"])
		};
		out.push({
			map,
			path,
			data,
			nameNode,
			newNamePair,
			newNameNode,
			digestPair
		});
	});
	return out;
}
/** The strings of a list of strings at `key` (other items are skipped). */
function strings(root, key) {
	const seq = nodeAt(root, key);
	if (!(0, import_dist.isSeq)(seq)) return [];
	return seq.items.flatMap((i) => (0, import_dist.isScalar)(i) && typeof i.value === "string" ? [i.value] : []);
}
/** What image scoping needs to know about one kustomization (see src/engine/kustomize.ts). */
function describeKustomization(root, text) {
	return {
		component: stringOf(root, "kind") === "Component",
		resources: [...strings(root, "resources"), ...strings(root, "bases")],
		components: strings(root, "components"),
		patchFiles: patchFiles(root),
		entries: entryNodes(root, text, []).map((e) => e.data)
	};
}
/**
* `images:` entries of a kustomization. The effective image is `newName` (or `name`) with `newTag`
* and `digest`; rewriting changes `newName` (an empty `newName:` or `newName: ~` is filled in place),
* or adds a `newName` right after `name` when there is none, so `newTag`/`digest` keep working and
* `name` keeps matching. A pinned rewrite (`pin: true`) also writes the entry's `digest:`.
*/
function locateKustomization(root, text, base = []) {
	const sites = [];
	for (const e of entryNodes(root, text, base)) {
		const scalar = e.data.newName ? e.newNameNode : e.nameNode;
		if (!scalar || e.data.ref === void 0) continue;
		sites.push({
			source: "kustomization",
			field: formatPath([...e.path, e.data.newName ? "newName" : "name"]),
			ref: e.data.ref,
			span: spanOf(scalar),
			rewrite: (to) => entryRewrite(text, e, to, "newName")
		});
	}
	return sites;
}
/**
* The edits that make an entry's `name` match `to`'s name (when an image it matches is itself renamed
* to the mirror), keyed by entry index; pinned like the entry's own rewrite.
*/
function nameRewrites(root, text) {
	const out = /* @__PURE__ */ new Map();
	for (const e of entryNodes(root, text, [])) {
		if (!e.nameNode) continue;
		out.set(e.data.index, {
			span: spanOf(e.nameNode),
			rewrite: (to) => entryRewrite(text, e, to, "name")
		});
	}
	return out;
}
/** Plan an entry's rewrite to `to`: its `newName` (or `name`) and, when `to` is pinned, its `digest`. */
function entryRewrite(text, e, to, which) {
	const newName = name(to);
	const edits = [];
	const added = [];
	let at;
	if (which === "name") {
		const plan = replaceScalar(text, e.nameNode, newName);
		if (!plan.ok) return plan;
		edits.push(...plan.edits);
		at = plan.at;
	} else if (e.data.newName && e.newNameNode) {
		const plan = replaceScalar(text, e.newNameNode, newName);
		if (!plan.ok) return plan;
		edits.push(...plan.edits);
		at = plan.at;
	} else if (e.newNamePair) {
		const filled = fillValue(text, e.newNamePair, newName);
		if (!filled.ok) return filled;
		edits.push(...filled.edits);
		at = filled.at;
	} else {
		at = spanOf(e.nameNode);
		added.push(["newName", newName]);
	}
	if (to.digest && to.digest !== e.data.digest) {
		if (e.digestPair) {
			const filled = fillValue(text, e.digestPair, to.digest);
			if (!filled.ok) return filled;
			edits.push(...filled.edits);
		} else added.push(["digest", to.digest]);
	}
	if (added.length > 0) {
		const insert = insertKeys(text, e, added);
		if (!insert.ok) return insert;
		edits.push(...insert.edits);
	}
	return {
		ok: true,
		edits,
		at
	};
}
/** Set the value of an existing pair: replace a scalar, or write into an empty value (`key:`). */
function fillValue(text, pair, value) {
	const node = pair.value;
	const keySpan = spanOf(pair.key ?? {});
	if (!(0, import_dist.isScalar)(node)) return {
		ok: false,
		reason: "the key's value is not a plain value",
		at: keySpan
	};
	const span = spanOf(node);
	if (span.end > span.start) return replaceScalar(text, node, value);
	const p = span.start;
	if (p === 0) return {
		ok: false,
		reason: "the empty value has no position",
		at: keySpan
	};
	return {
		ok: true,
		edits: [{
			start: p,
			end: p,
			text: `${text[p - 1] === ":" ? " " : ""}${value}${text[p] === "#" ? " " : ""}`
		}],
		at: {
			start: p,
			end: p
		}
	};
}
/** Add `key: value` pairs after the `name` pair of an entry, in block or flow style. */
function insertKeys(text, e, pairs) {
	const name = e.nameNode;
	const at = spanOf(name);
	if (!(pairOf(e.map, "name")?.key)?.range || !e.map.range) return {
		ok: false,
		reason: "the images entry has no editable name",
		at
	};
	if (e.map.flow) {
		const text_ = pairs.map(([k, v]) => `, ${k}: ${v}`).join("");
		return {
			ok: true,
			edits: [{
				start: at.end,
				end: at.end,
				text: text_
			}],
			at
		};
	}
	const indent = " ".repeat(blockIndent(text, e.map.range[0]));
	let lineEnd = text.indexOf("\n", at.end);
	if (lineEnd < 0) lineEnd = text.length;
	const crlf = lineEnd > 0 && text[lineEnd - 1] === "\r";
	const insertAt = crlf ? lineEnd - 1 : lineEnd;
	const eol = crlf ? "\r\n" : "\n";
	return {
		ok: true,
		edits: [{
			start: insertAt,
			end: insertAt,
			text: pairs.map(([k, v]) => `${eol}${indent}${k}: ${v}`).join("")
		}],
		at
	};
}
/**
* The indentation of a block map's keys, from the line it starts on: past the sequence indicators
* (`- `, `- - `), so that a first key written `? name` or `&anchor name` does not shift it.
*/
function blockIndent(text, mapStart) {
	const lineStart = text.lastIndexOf("\n", mapStart - 1) + 1;
	let i = lineStart;
	while (text[i] === " ") i++;
	while (text[i] === "-" && (text[i + 1] === " " || text[i + 1] === "	")) {
		i++;
		while (text[i] === " " || text[i] === "	") i++;
	}
	return i - lineStart;
}
// src/locate/resource-list.ts
/** API group of the KRM function wire format (`config.kubernetes.io/v1`, `/v1beta1`). */
const KRM_API = /^config\.kubernetes\.io\//;
/** Whether a document root is a KRM `ResourceList` (the wire format of KRM functions). */
function isResourceList(root) {
	return stringOf(root, "kind") === "ResourceList" && KRM_API.test(stringOf(root, "apiVersion") ?? "");
}
/**
* Image sites of a KRM `ResourceList`: every map of `items` is located as if it were a document of
* its own (`locateItem` classifies it), with field paths below `items[i]`. `functionConfig` and
* `results` are never looked at.
*/
function locateResourceList(list, locateItem) {
	const items = nodeAt(list, "items");
	if (!(0, import_dist.isSeq)(items)) return [];
	return items.items.flatMap((item, i) => (0, import_dist.isMap)(item) ? locateItem(item, ["items", i]) : []);
}
// src/locate/workflow.ts
/** Inputs of well-known actions that name an image the action pulls. */
const ACTION_IMAGE_INPUTS = [{
	uses: /^docker\/setup-qemu-action@/,
	input: "image"
}];
const IMAGE_ENV = /image/i;
const NOT_IMAGE_ENV = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;
/** `${{ matrix.a }}` / `${{ matrix.a.b }}`: a container image taken from the job's matrix. */
const MATRIX_EXPRESSION = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?\s*\}\}$/;
/**
* Image references of a GitHub Actions workflow: `jobs.*.container` (a string or `.image`),
* `jobs.*.services.*.image`, `uses: docker://…` steps (the prefix is kept), image inputs of known
* actions (`docker/setup-qemu-action` `with.image`) and env values of `*IMAGE*` variables (reported;
* rewritten only with `embedded: rewrite`, as for containers). An expression (`${{ … }}`) is reported
* as written; when it is `${{ matrix.x(.y) }}`, the literal images of that matrix are sites too.
*/
function locateWorkflow(root, text, doc) {
	const sites = [];
	sites.push(...envSites(nodeAt(root, "env"), ["env"], text, doc));
	const jobs = deref(nodeAt(root, "jobs"), doc);
	if (!(0, import_dist.isMap)(jobs)) return sites;
	for (const pair of jobs.items) {
		const id = keyOf(pair);
		const job = deref(pair.value, doc);
		if (!id || !(0, import_dist.isMap)(job)) continue;
		const at = ["jobs", id];
		const jobMap = job;
		const container = deref(nodeAt(jobMap, "container"), doc);
		if (isStringNode(container)) sites.push(...imageSites(container, [...at, "container"], "workflow-container", jobMap, text, doc));
		else if ((0, import_dist.isMap)(container)) {
			const image = deref(nodeAt(container, "image"), doc);
			if (isStringNode(image)) sites.push(...imageSites(image, [
				...at,
				"container",
				"image"
			], "workflow-container", jobMap, text, doc));
		}
		const services = deref(nodeAt(jobMap, "services"), doc);
		if ((0, import_dist.isMap)(services)) for (const s of services.items) {
			const name = keyOf(s);
			const service = deref(s.value, doc);
			if (!name) continue;
			const image = (0, import_dist.isMap)(service) ? deref(nodeAt(service, "image"), doc) : service;
			const path = (0, import_dist.isMap)(service) ? [
				...at,
				"services",
				name,
				"image"
			] : [
				...at,
				"services",
				name
			];
			if (isStringNode(image)) sites.push(...imageSites(image, path, "workflow-service", jobMap, text, doc));
		}
		sites.push(...envSites(nodeAt(jobMap, "env"), [...at, "env"], text, doc));
		const steps = deref(nodeAt(jobMap, "steps"), doc);
		if (!(0, import_dist.isSeq)(steps)) continue;
		steps.items.forEach((s, i) => {
			const step = deref(s, doc);
			if (!(0, import_dist.isMap)(step)) return;
			const stepMap = step;
			const path = [
				...at,
				"steps",
				i
			];
			const uses = deref(nodeAt(stepMap, "uses"), doc);
			if (isStringNode(uses) && uses.value.startsWith("docker://")) {
				const site = interpolatedSite(text, uses, {
					source: "workflow",
					field: formatPath([...path, "uses"]),
					shape: "workflow-docker-uses",
					prefix: "docker://"
				});
				if (site) sites.push(site);
			}
			const action = isStringNode(uses) ? uses.value : "";
			const inputs = deref(nodeAt(stepMap, "with"), doc);
			if ((0, import_dist.isMap)(inputs)) for (const known of ACTION_IMAGE_INPUTS) {
				if (!known.uses.test(action)) continue;
				const value = deref(nodeAt(inputs, known.input), doc);
				if (!isStringNode(value)) continue;
				const site = interpolatedSite(text, value, {
					source: "workflow",
					field: formatPath([
						...path,
						"with",
						known.input
					]),
					shape: "workflow-action-input-image"
				});
				if (site) sites.push(site);
			}
			sites.push(...envSites(nodeAt(stepMap, "env"), [...path, "env"], text, doc));
		});
	}
	return sites;
}
/** The site of a job's container or service image, and the matrix values an expression takes. */
function imageSites(node, path, shape, job, text, doc) {
	const site = interpolatedSite(text, node, {
		source: "workflow",
		field: formatPath(path),
		shape
	});
	const out = site ? [site] : [];
	const m = MATRIX_EXPRESSION.exec(node.value.trim());
	if (!m) return out;
	const [, key, sub] = m;
	const strategy = deref(nodeAt(job, "strategy"), doc);
	const matrix = (0, import_dist.isMap)(strategy) ? deref(nodeAt(strategy, "matrix"), doc) : void 0;
	if (!(0, import_dist.isMap)(matrix)) return out;
	const matrixPath = [
		...path.slice(0, 2),
		"strategy",
		"matrix"
	];
	const take = (item, at) => {
		const value = sub ? (0, import_dist.isMap)(item) ? deref(nodeAt(item, sub), doc) : void 0 : item;
		if (!isStringNode(value)) return;
		const s = interpolatedSite(text, value, {
			source: "workflow",
			field: formatPath(sub ? [...at, sub] : at),
			shape: "workflow-matrix-image"
		});
		if (s) out.push(s);
	};
	const values = deref(nodeAt(matrix, key), doc);
	if ((0, import_dist.isSeq)(values)) values.items.forEach((item, i) => {
		take(deref(item, doc), [
			...matrixPath,
			key,
			i
		]);
	});
	const include = deref(nodeAt(matrix, "include"), doc);
	if ((0, import_dist.isSeq)(include)) include.items.forEach((entry, i) => {
		const e = deref(entry, doc);
		if ((0, import_dist.isMap)(e)) take(deref(nodeAt(e, key), doc), [
			...matrixPath,
			"include",
			i,
			key
		]);
	});
	return out;
}
/**
* A workflow env value is taken for an image only when it names its registry (`quay.io/pypa/x`):
* scripts read such variables for many things (`CI_JOB_IMAGE: ubuntu:rolling` names a runner
* flavour in git's CI, `manylinux2014` is a cibuildwheel alias).
*/
function namesRegistry(value) {
	const slash = value.indexOf("/");
	const first = slash < 0 ? "" : value.slice(0, slash);
	return (first.includes(".") || first.includes(":") || first === "localhost") && looksLikeImage(value, true);
}
/** Env values of `*IMAGE*` variables that look like references (the program, not the runner, pulls them). */
function envSites(env, path, text, doc) {
	const map = deref(env, doc);
	if (!(0, import_dist.isMap)(map)) return [];
	const sites = [];
	for (const pair of map.items) {
		const name = keyOf(pair);
		const value = deref(pair.value, doc);
		if (!name || !IMAGE_ENV.test(name) || NOT_IMAGE_ENV.test(name)) continue;
		if (!(0, import_dist.isScalar)(value) || typeof value.value !== "string" || !namesRegistry(value.value)) continue;
		const site = interpolatedSite(text, value, {
			source: "env",
			field: formatPath([...path, name]),
			shape: "workflow-env-image",
			optIn: true
		});
		if (site) sites.push(site);
	}
	return sites;
}
// node_modules/dockerfile-ast/lib/argument.js
var require_argument = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Argument = void 0;
	var Argument = class {
		constructor(value, range) {
			this.value = value;
			this.range = range;
		}
		toString() {
			return this.value;
		}
		getRange() {
			return this.range;
		}
		getValue() {
			return this.value;
		}
		isAfter(position) {
			if (this.range.end.line < position.line) return false;
			return this.range.start.line > position.line ? true : this.range.start.character > position.character;
		}
		isBefore(position) {
			if (this.range.start.line < position.line) return true;
			return this.range.end.line > position.line ? false : this.range.end.character < position.character;
		}
	};
	exports.Argument = Argument;
}));
// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.JSONArgument = void 0;
	const argument_1 = require_argument();
	var JSONArgument = class extends argument_1.Argument {
		constructor(value, range, jsonRange) {
			super(value, range);
			this.jsonRange = jsonRange;
		}
		getJSONRange() {
			return this.jsonRange;
		}
		getJSONValue() {
			let value = super.getValue();
			value = value.substring(1, value.length - 1);
			return value;
		}
	};
	exports.JSONArgument = JSONArgument;
}));
// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports$1 = /* @__PURE__ */ __exportAll({
	AnnotatedTextEdit: () => AnnotatedTextEdit,
	ApplyKind: () => ApplyKind,
	ChangeAnnotation: () => ChangeAnnotation,
	ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
	CodeAction: () => CodeAction,
	CodeActionContext: () => CodeActionContext,
	CodeActionKind: () => CodeActionKind,
	CodeActionTag: () => CodeActionTag,
	CodeActionTriggerKind: () => CodeActionTriggerKind,
	CodeDescription: () => CodeDescription,
	CodeLens: () => CodeLens,
	Color: () => Color,
	ColorInformation: () => ColorInformation,
	ColorPresentation: () => ColorPresentation,
	Command: () => Command,
	CompletionItem: () => CompletionItem,
	CompletionItemKind: () => CompletionItemKind,
	CompletionItemLabelDetails: () => CompletionItemLabelDetails,
	CompletionItemTag: () => CompletionItemTag,
	CompletionList: () => CompletionList,
	CreateFile: () => CreateFile,
	DeleteFile: () => DeleteFile,
	Diagnostic: () => Diagnostic,
	DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
	DiagnosticSeverity: () => DiagnosticSeverity,
	DiagnosticTag: () => DiagnosticTag,
	DocumentHighlight: () => DocumentHighlight,
	DocumentHighlightKind: () => DocumentHighlightKind,
	DocumentLink: () => DocumentLink,
	DocumentSymbol: () => DocumentSymbol,
	DocumentUri: () => DocumentUri,
	EOL: () => EOL,
	FoldingRange: () => FoldingRange,
	FoldingRangeKind: () => FoldingRangeKind,
	FormattingOptions: () => FormattingOptions,
	Hover: () => Hover,
	InlayHint: () => InlayHint,
	InlayHintKind: () => InlayHintKind,
	InlayHintLabelPart: () => InlayHintLabelPart,
	InlineCompletionContext: () => InlineCompletionContext,
	InlineCompletionItem: () => InlineCompletionItem,
	InlineCompletionList: () => InlineCompletionList,
	InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
	InlineValueContext: () => InlineValueContext,
	InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
	InlineValueText: () => InlineValueText,
	InlineValueVariableLookup: () => InlineValueVariableLookup,
	InsertReplaceEdit: () => InsertReplaceEdit,
	InsertTextFormat: () => InsertTextFormat,
	InsertTextMode: () => InsertTextMode,
	LanguageKind: () => LanguageKind,
	Location: () => Location,
	LocationLink: () => LocationLink,
	MarkedString: () => MarkedString,
	MarkupContent: () => MarkupContent,
	MarkupKind: () => MarkupKind,
	OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
	ParameterInformation: () => ParameterInformation,
	Position: () => Position,
	Range: () => Range,
	RenameFile: () => RenameFile,
	SelectedCompletionInfo: () => SelectedCompletionInfo,
	SelectionRange: () => SelectionRange,
	SemanticTokenModifiers: () => SemanticTokenModifiers,
	SemanticTokenTypes: () => SemanticTokenTypes,
	SemanticTokens: () => SemanticTokens,
	SignatureInformation: () => SignatureInformation,
	SnippetTextEdit: () => SnippetTextEdit,
	StringValue: () => StringValue,
	SymbolInformation: () => SymbolInformation,
	SymbolKind: () => SymbolKind,
	SymbolTag: () => SymbolTag,
	TextDocument: () => TextDocument$1,
	TextDocumentEdit: () => TextDocumentEdit,
	TextDocumentIdentifier: () => TextDocumentIdentifier,
	TextDocumentItem: () => TextDocumentItem,
	TextEdit: () => TextEdit,
	URI: () => URI,
	VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
	WorkspaceChange: () => WorkspaceChange,
	WorkspaceEdit: () => WorkspaceEdit,
	WorkspaceFolder: () => WorkspaceFolder,
	WorkspaceSymbol: () => WorkspaceSymbol,
	integer: () => integer,
	uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument$1, FullTextDocument$1, Is;
var init_main$1 = __esmMin((() => {
	(function(DocumentUri) {
		function is(value) {
			return typeof value === "string";
		}
		DocumentUri.is = is;
	})(DocumentUri || (DocumentUri = {}));
	(function(URI) {
		function is(value) {
			return typeof value === "string";
		}
		URI.is = is;
	})(URI || (URI = {}));
	(function(integer) {
		integer.MIN_VALUE = -2147483648;
		integer.MAX_VALUE = 2147483647;
		function is(value) {
			return typeof value === "number" && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
		}
		integer.is = is;
	})(integer || (integer = {}));
	(function(uinteger) {
		uinteger.MIN_VALUE = 0;
		uinteger.MAX_VALUE = 2147483647;
		function is(value) {
			return typeof value === "number" && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
		}
		uinteger.is = is;
	})(uinteger || (uinteger = {}));
	(function(Position) {
		/**
		* Creates a new Position literal from the given line and character.
		* @param line The position's line.
		* @param character The position's character.
		*/
		function create(line, character) {
			if (line === Number.MAX_VALUE) line = uinteger.MAX_VALUE;
			if (character === Number.MAX_VALUE) character = uinteger.MAX_VALUE;
			return {
				line,
				character
			};
		}
		Position.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Position} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
		}
		Position.is = is;
	})(Position || (Position = {}));
	(function(Range) {
		function create(one, two, three, four) {
			if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) return {
				start: Position.create(one, two),
				end: Position.create(three, four)
			};
			else if (Position.is(one) && Position.is(two)) return {
				start: one,
				end: two
			};
			else throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
		}
		Range.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Range} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
		}
		Range.is = is;
	})(Range || (Range = {}));
	(function(Location) {
		/**
		* Creates a Location literal.
		* @param uri The location's uri.
		* @param range The location's range.
		*/
		function create(uri, range) {
			return {
				uri,
				range
			};
		}
		Location.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Location} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
		}
		Location.is = is;
	})(Location || (Location = {}));
	(function(LocationLink) {
		/**
		* Creates a LocationLink literal.
		* @param targetUri The definition's uri.
		* @param targetRange The full range of the definition.
		* @param targetSelectionRange The span of the symbol definition at the target.
		* @param originSelectionRange The span of the symbol being defined in the originating source file.
		*/
		function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
			return {
				targetUri,
				targetRange,
				targetSelectionRange,
				originSelectionRange
			};
		}
		LocationLink.create = create;
		/**
		* Checks whether the given literal conforms to the {@link LocationLink} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
		}
		LocationLink.is = is;
	})(LocationLink || (LocationLink = {}));
	(function(Color) {
		/**
		* Creates a new Color literal.
		*/
		function create(red, green, blue, alpha) {
			return {
				red,
				green,
				blue,
				alpha
			};
		}
		Color.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Color} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
		}
		Color.is = is;
	})(Color || (Color = {}));
	(function(ColorInformation) {
		/**
		* Creates a new ColorInformation literal.
		*/
		function create(range, color) {
			return {
				range,
				color
			};
		}
		ColorInformation.create = create;
		/**
		* Checks whether the given literal conforms to the {@link ColorInformation} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
		}
		ColorInformation.is = is;
	})(ColorInformation || (ColorInformation = {}));
	(function(ColorPresentation) {
		/**
		* Creates a new ColorInformation literal.
		*/
		function create(label, textEdit, additionalTextEdits) {
			return {
				label,
				textEdit,
				additionalTextEdits
			};
		}
		ColorPresentation.create = create;
		/**
		* Checks whether the given literal conforms to the {@link ColorInformation} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
		}
		ColorPresentation.is = is;
	})(ColorPresentation || (ColorPresentation = {}));
	(function(FoldingRangeKind) {
		/**
		* Folding range for a comment
		*/
		FoldingRangeKind.Comment = "comment";
		/**
		* Folding range for an import or include
		*/
		FoldingRangeKind.Imports = "imports";
		/**
		* Folding range for a region (e.g. `#region`)
		*/
		FoldingRangeKind.Region = "region";
	})(FoldingRangeKind || (FoldingRangeKind = {}));
	(function(FoldingRange) {
		/**
		* Creates a new FoldingRange literal.
		*/
		function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
			const result = {
				startLine,
				endLine
			};
			if (Is.defined(startCharacter)) result.startCharacter = startCharacter;
			if (Is.defined(endCharacter)) result.endCharacter = endCharacter;
			if (Is.defined(kind)) result.kind = kind;
			if (Is.defined(collapsedText)) result.collapsedText = collapsedText;
			return result;
		}
		FoldingRange.create = create;
		/**
		* Checks whether the given literal conforms to the {@link FoldingRange} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
		}
		FoldingRange.is = is;
	})(FoldingRange || (FoldingRange = {}));
	(function(DiagnosticRelatedInformation) {
		/**
		* Creates a new DiagnosticRelatedInformation literal.
		*/
		function create(location, message) {
			return {
				location,
				message
			};
		}
		DiagnosticRelatedInformation.create = create;
		/**
		* Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
		}
		DiagnosticRelatedInformation.is = is;
	})(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
	(function(DiagnosticSeverity) {
		/**
		* Reports an error.
		*/
		DiagnosticSeverity.Error = 1;
		/**
		* Reports a warning.
		*/
		DiagnosticSeverity.Warning = 2;
		/**
		* Reports an information.
		*/
		DiagnosticSeverity.Information = 3;
		/**
		* Reports a hint.
		*/
		DiagnosticSeverity.Hint = 4;
	})(DiagnosticSeverity || (DiagnosticSeverity = {}));
	(function(DiagnosticTag) {
		/**
		* Unused or unnecessary code.
		*
		* Clients are allowed to render diagnostics with this tag faded out instead of having
		* an error squiggle.
		*/
		DiagnosticTag.Unnecessary = 1;
		/**
		* Deprecated or obsolete code.
		*
		* Clients are allowed to rendered diagnostics with this tag strike through.
		*/
		DiagnosticTag.Deprecated = 2;
	})(DiagnosticTag || (DiagnosticTag = {}));
	(function(CodeDescription) {
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.string(candidate.href);
		}
		CodeDescription.is = is;
	})(CodeDescription || (CodeDescription = {}));
	(function(Diagnostic) {
		/**
		* Creates a new Diagnostic literal.
		*/
		function create(range, message, severity, code, source, relatedInformation) {
			const result = {
				range,
				message
			};
			if (Is.defined(severity)) result.severity = severity;
			if (Is.defined(code)) result.code = code;
			if (Is.defined(source)) result.source = source;
			if (Is.defined(relatedInformation)) result.relatedInformation = relatedInformation;
			return result;
		}
		Diagnostic.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Diagnostic} interface.
		*/
		function is(value) {
			var _a;
			const candidate = value;
			return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
		}
		Diagnostic.is = is;
		/**
		* Checks whether the given diagnostic's message conforms to the 3.17.0
		* version of the protocol where the message is a string.
		*
		* @param value the diagnostic
		* @returns true if the diagnostic's message is a string, false otherwise.
		*/
		function is3_17(value) {
			return Is.string(value.message);
		}
		Diagnostic.is3_17 = is3_17;
		/**
		* Gets the message string of a diagnostic. If the message is already a
		* string, it is returned as is. If the message is a MarkupContent,
		* the value of the MarkupContent is returned. Otherwise an error is thrown.
		*
		* @param diagnostic the diagnostic to get the message string from.
		* @returns the message string of the given diagnostic.
		*/
		function getMessageString(diagnostic) {
			if (Is.string(diagnostic.message)) return diagnostic.message;
			else if (MarkupContent.is(diagnostic.message)) return diagnostic.message.value;
			else throw new Error(`Unknown message type ${typeof diagnostic.message}`);
		}
		Diagnostic.getMessageString = getMessageString;
	})(Diagnostic || (Diagnostic = {}));
	(function(Command) {
		/**
		* Creates a new Command literal.
		*/
		function create(title, command, ...args) {
			const result = {
				title,
				command
			};
			if (Is.defined(args) && args.length > 0) result.arguments = args;
			return result;
		}
		Command.create = create;
		/**
		* Checks whether the given literal conforms to the {@link Command} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
		}
		Command.is = is;
	})(Command || (Command = {}));
	(function(TextEdit) {
		/**
		* Creates a replace text edit.
		* @param range The range of text to be replaced.
		* @param newText The new text.
		*/
		function replace(range, newText) {
			return {
				range,
				newText
			};
		}
		TextEdit.replace = replace;
		/**
		* Creates an insert text edit.
		* @param position The position to insert the text at.
		* @param newText The text to be inserted.
		*/
		function insert(position, newText) {
			return {
				range: {
					start: position,
					end: position
				},
				newText
			};
		}
		TextEdit.insert = insert;
		/**
		* Creates a delete text edit.
		* @param range The range of text to be deleted.
		*/
		function del(range) {
			return {
				range,
				newText: ""
			};
		}
		TextEdit.del = del;
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
		}
		TextEdit.is = is;
	})(TextEdit || (TextEdit = {}));
	(function(ChangeAnnotation) {
		function create(label, needsConfirmation, description) {
			const result = { label };
			if (needsConfirmation !== void 0) result.needsConfirmation = needsConfirmation;
			if (description !== void 0) result.description = description;
			return result;
		}
		ChangeAnnotation.create = create;
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
		}
		ChangeAnnotation.is = is;
	})(ChangeAnnotation || (ChangeAnnotation = {}));
	(function(ChangeAnnotationIdentifier) {
		function is(value) {
			const candidate = value;
			return Is.string(candidate);
		}
		ChangeAnnotationIdentifier.is = is;
	})(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
	(function(AnnotatedTextEdit) {
		/**
		* Creates an annotated replace text edit.
		*
		* @param range The range of text to be replaced.
		* @param newText The new text.
		* @param annotation The annotation.
		*/
		function replace(range, newText, annotation) {
			return {
				range,
				newText,
				annotationId: annotation
			};
		}
		AnnotatedTextEdit.replace = replace;
		/**
		* Creates an annotated insert text edit.
		*
		* @param position The position to insert the text at.
		* @param newText The text to be inserted.
		* @param annotation The annotation.
		*/
		function insert(position, newText, annotation) {
			return {
				range: {
					start: position,
					end: position
				},
				newText,
				annotationId: annotation
			};
		}
		AnnotatedTextEdit.insert = insert;
		/**
		* Creates an annotated delete text edit.
		*
		* @param range The range of text to be deleted.
		* @param annotation The annotation.
		*/
		function del(range, annotation) {
			return {
				range,
				newText: "",
				annotationId: annotation
			};
		}
		AnnotatedTextEdit.del = del;
		function is(value) {
			const candidate = value;
			return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
		}
		AnnotatedTextEdit.is = is;
	})(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
	(function(TextDocumentEdit) {
		/**
		* Creates a new `TextDocumentEdit`
		*/
		function create(textDocument, edits) {
			return {
				textDocument,
				edits
			};
		}
		TextDocumentEdit.create = create;
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
		}
		TextDocumentEdit.is = is;
	})(TextDocumentEdit || (TextDocumentEdit = {}));
	(function(CreateFile) {
		function create(uri, options, annotation) {
			const result = {
				kind: "create",
				uri
			};
			if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) result.options = options;
			if (annotation !== void 0) result.annotationId = annotation;
			return result;
		}
		CreateFile.create = create;
		function is(value) {
			const candidate = value;
			return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
		}
		CreateFile.is = is;
	})(CreateFile || (CreateFile = {}));
	(function(RenameFile) {
		function create(oldUri, newUri, options, annotation) {
			const result = {
				kind: "rename",
				oldUri,
				newUri
			};
			if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) result.options = options;
			if (annotation !== void 0) result.annotationId = annotation;
			return result;
		}
		RenameFile.create = create;
		function is(value) {
			const candidate = value;
			return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
		}
		RenameFile.is = is;
	})(RenameFile || (RenameFile = {}));
	(function(DeleteFile) {
		function create(uri, options, annotation) {
			const result = {
				kind: "delete",
				uri
			};
			if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) result.options = options;
			if (annotation !== void 0) result.annotationId = annotation;
			return result;
		}
		DeleteFile.create = create;
		function is(value) {
			const candidate = value;
			return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
		}
		DeleteFile.is = is;
	})(DeleteFile || (DeleteFile = {}));
	(function(WorkspaceEdit) {
		function is(value) {
			const candidate = value;
			return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
				if (Is.string(change.kind)) return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
				else return TextDocumentEdit.is(change);
			}));
		}
		WorkspaceEdit.is = is;
	})(WorkspaceEdit || (WorkspaceEdit = {}));
	TextEditChangeImpl = class {
		constructor(edits, changeAnnotations) {
			this.edits = edits;
			this.changeAnnotations = changeAnnotations;
		}
		insert(position, newText, annotation) {
			let edit;
			let id;
			if (annotation === void 0) edit = TextEdit.insert(position, newText);
			else if (ChangeAnnotationIdentifier.is(annotation)) {
				id = annotation;
				edit = AnnotatedTextEdit.insert(position, newText, annotation);
			} else {
				this.assertChangeAnnotations(this.changeAnnotations);
				id = this.changeAnnotations.manage(annotation);
				edit = AnnotatedTextEdit.insert(position, newText, id);
			}
			this.edits.push(edit);
			if (id !== void 0) return id;
		}
		replace(range, newText, annotation) {
			let edit;
			let id;
			if (annotation === void 0) edit = TextEdit.replace(range, newText);
			else if (ChangeAnnotationIdentifier.is(annotation)) {
				id = annotation;
				edit = AnnotatedTextEdit.replace(range, newText, annotation);
			} else {
				this.assertChangeAnnotations(this.changeAnnotations);
				id = this.changeAnnotations.manage(annotation);
				edit = AnnotatedTextEdit.replace(range, newText, id);
			}
			this.edits.push(edit);
			if (id !== void 0) return id;
		}
		delete(range, annotation) {
			let edit;
			let id;
			if (annotation === void 0) edit = TextEdit.del(range);
			else if (ChangeAnnotationIdentifier.is(annotation)) {
				id = annotation;
				edit = AnnotatedTextEdit.del(range, annotation);
			} else {
				this.assertChangeAnnotations(this.changeAnnotations);
				id = this.changeAnnotations.manage(annotation);
				edit = AnnotatedTextEdit.del(range, id);
			}
			this.edits.push(edit);
			if (id !== void 0) return id;
		}
		add(edit) {
			this.edits.push(edit);
		}
		all() {
			return this.edits;
		}
		clear() {
			this.edits.splice(0, this.edits.length);
		}
		assertChangeAnnotations(value) {
			if (value === void 0) throw new Error(`Text edit change is not configured to manage change annotations.`);
		}
	};
	(function(SnippetTextEdit) {
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
		}
		SnippetTextEdit.is = is;
	})(SnippetTextEdit || (SnippetTextEdit = {}));
	ChangeAnnotations = class {
		constructor(annotations) {
			this._annotations = annotations === void 0 ? Object.create(null) : annotations;
			this._counter = 0;
			this._size = 0;
		}
		all() {
			return this._annotations;
		}
		get size() {
			return this._size;
		}
		manage(idOrAnnotation, annotation) {
			let id;
			if (ChangeAnnotationIdentifier.is(idOrAnnotation)) id = idOrAnnotation;
			else {
				id = this.nextId();
				annotation = idOrAnnotation;
			}
			if (this._annotations[id] !== void 0) throw new Error(`Id ${id} is already in use.`);
			if (annotation === void 0) throw new Error(`No annotation provided for id ${id}`);
			this._annotations[id] = annotation;
			this._size++;
			return id;
		}
		nextId() {
			this._counter++;
			return this._counter.toString();
		}
	};
	WorkspaceChange = class {
		constructor(workspaceEdit) {
			this._textEditChanges = Object.create(null);
			if (workspaceEdit !== void 0) {
				this._workspaceEdit = workspaceEdit;
				if (workspaceEdit.documentChanges) {
					this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
					workspaceEdit.changeAnnotations = this._changeAnnotations.all();
					workspaceEdit.documentChanges.forEach((change) => {
						if (TextDocumentEdit.is(change)) {
							const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
							this._textEditChanges[change.textDocument.uri] = textEditChange;
						}
					});
				} else if (workspaceEdit.changes) Object.keys(workspaceEdit.changes).forEach((key) => {
					const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
					this._textEditChanges[key] = textEditChange;
				});
			} else this._workspaceEdit = {};
		}
		/**
		* Returns the underlying {@link WorkspaceEdit} literal
		* use to be returned from a workspace edit operation like rename.
		*/
		get edit() {
			this.initDocumentChanges();
			if (this._changeAnnotations !== void 0) {
				if (this._changeAnnotations.size === 0) this._workspaceEdit.changeAnnotations = void 0;
				else this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
			}
			return this._workspaceEdit;
		}
		getTextEditChange(key) {
			if (OptionalVersionedTextDocumentIdentifier.is(key)) {
				this.initDocumentChanges();
				if (this._workspaceEdit.documentChanges === void 0) throw new Error("Workspace edit is not configured for document changes.");
				const textDocument = {
					uri: key.uri,
					version: key.version
				};
				let result = this._textEditChanges[textDocument.uri];
				if (!result) {
					const edits = [];
					const textDocumentEdit = {
						textDocument,
						edits
					};
					this._workspaceEdit.documentChanges.push(textDocumentEdit);
					result = new TextEditChangeImpl(edits, this._changeAnnotations);
					this._textEditChanges[textDocument.uri] = result;
				}
				return result;
			} else {
				this.initChanges();
				if (this._workspaceEdit.changes === void 0) throw new Error("Workspace edit is not configured for normal text edit changes.");
				let result = this._textEditChanges[key];
				if (!result) {
					const edits = [];
					this._workspaceEdit.changes[key] = edits;
					result = new TextEditChangeImpl(edits);
					this._textEditChanges[key] = result;
				}
				return result;
			}
		}
		initDocumentChanges() {
			if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
				this._changeAnnotations = new ChangeAnnotations();
				this._workspaceEdit.documentChanges = [];
				this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
			}
		}
		initChanges() {
			if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) this._workspaceEdit.changes = Object.create(null);
		}
		createFile(uri, optionsOrAnnotation, options) {
			this.initDocumentChanges();
			if (this._workspaceEdit.documentChanges === void 0) throw new Error("Workspace edit is not configured for document changes.");
			let annotation;
			if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) annotation = optionsOrAnnotation;
			else options = optionsOrAnnotation;
			let operation;
			let id;
			if (annotation === void 0) operation = CreateFile.create(uri, options);
			else {
				id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
				operation = CreateFile.create(uri, options, id);
			}
			this._workspaceEdit.documentChanges.push(operation);
			if (id !== void 0) return id;
		}
		renameFile(oldUri, newUri, optionsOrAnnotation, options) {
			this.initDocumentChanges();
			if (this._workspaceEdit.documentChanges === void 0) throw new Error("Workspace edit is not configured for document changes.");
			let annotation;
			if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) annotation = optionsOrAnnotation;
			else options = optionsOrAnnotation;
			let operation;
			let id;
			if (annotation === void 0) operation = RenameFile.create(oldUri, newUri, options);
			else {
				id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
				operation = RenameFile.create(oldUri, newUri, options, id);
			}
			this._workspaceEdit.documentChanges.push(operation);
			if (id !== void 0) return id;
		}
		deleteFile(uri, optionsOrAnnotation, options) {
			this.initDocumentChanges();
			if (this._workspaceEdit.documentChanges === void 0) throw new Error("Workspace edit is not configured for document changes.");
			let annotation;
			if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) annotation = optionsOrAnnotation;
			else options = optionsOrAnnotation;
			let operation;
			let id;
			if (annotation === void 0) operation = DeleteFile.create(uri, options);
			else {
				id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
				operation = DeleteFile.create(uri, options, id);
			}
			this._workspaceEdit.documentChanges.push(operation);
			if (id !== void 0) return id;
		}
	};
	(function(TextDocumentIdentifier) {
		/**
		* Creates a new TextDocumentIdentifier literal.
		* @param uri The document's uri.
		*/
		function create(uri) {
			return { uri };
		}
		TextDocumentIdentifier.create = create;
		/**
		* Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.uri);
		}
		TextDocumentIdentifier.is = is;
	})(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
	(function(VersionedTextDocumentIdentifier) {
		/**
		* Creates a new VersionedTextDocumentIdentifier literal.
		* @param uri The document's uri.
		* @param version The document's version.
		*/
		function create(uri, version) {
			return {
				uri,
				version
			};
		}
		VersionedTextDocumentIdentifier.create = create;
		/**
		* Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
		}
		VersionedTextDocumentIdentifier.is = is;
	})(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
	(function(OptionalVersionedTextDocumentIdentifier) {
		/**
		* Creates a new OptionalVersionedTextDocumentIdentifier literal.
		* @param uri The document's uri.
		* @param version The document's version.
		*/
		function create(uri, version) {
			return {
				uri,
				version
			};
		}
		OptionalVersionedTextDocumentIdentifier.create = create;
		/**
		* Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
		}
		OptionalVersionedTextDocumentIdentifier.is = is;
	})(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
	(function(LanguageKind) {
		LanguageKind.ABAP = "abap";
		LanguageKind.WindowsBat = "bat";
		LanguageKind.BibTeX = "bibtex";
		LanguageKind.Clojure = "clojure";
		LanguageKind.Coffeescript = "coffeescript";
		LanguageKind.C = "c";
		LanguageKind.CPP = "cpp";
		LanguageKind.CSharp = "csharp";
		LanguageKind.CSS = "css";
		/**
		* @since 3.18.0
		*/
		LanguageKind.D = "d";
		/**
		* @since 3.18.0
		*/
		LanguageKind.Delphi = "pascal";
		LanguageKind.Diff = "diff";
		LanguageKind.Dart = "dart";
		LanguageKind.Dockerfile = "dockerfile";
		LanguageKind.Elixir = "elixir";
		LanguageKind.Erlang = "erlang";
		LanguageKind.FSharp = "fsharp";
		LanguageKind.GitCommit = "git-commit";
		LanguageKind.GitRebase = "git-rebase";
		LanguageKind.Go = "go";
		LanguageKind.Groovy = "groovy";
		LanguageKind.Handlebars = "handlebars";
		LanguageKind.Haskell = "haskell";
		LanguageKind.HTML = "html";
		LanguageKind.Ini = "ini";
		LanguageKind.Java = "java";
		LanguageKind.JavaScript = "javascript";
		LanguageKind.JavaScriptReact = "javascriptreact";
		LanguageKind.JSON = "json";
		LanguageKind.LaTeX = "latex";
		LanguageKind.Less = "less";
		LanguageKind.Lua = "lua";
		LanguageKind.Makefile = "makefile";
		LanguageKind.Markdown = "markdown";
		LanguageKind.ObjectiveC = "objective-c";
		LanguageKind.ObjectiveCPP = "objective-cpp";
		/**
		* @since 3.18.0
		*/
		LanguageKind.Pascal = "pascal";
		LanguageKind.Perl = "perl";
		LanguageKind.Perl6 = "perl6";
		LanguageKind.PHP = "php";
		LanguageKind.Plaintext = "plaintext";
		LanguageKind.Powershell = "powershell";
		LanguageKind.Pug = "jade";
		LanguageKind.Python = "python";
		LanguageKind.R = "r";
		LanguageKind.Razor = "razor";
		LanguageKind.Ruby = "ruby";
		LanguageKind.Rust = "rust";
		LanguageKind.SCSS = "scss";
		LanguageKind.SASS = "sass";
		LanguageKind.Scala = "scala";
		LanguageKind.ShaderLab = "shaderlab";
		LanguageKind.ShellScript = "shellscript";
		LanguageKind.SQL = "sql";
		LanguageKind.Swift = "swift";
		LanguageKind.TypeScript = "typescript";
		LanguageKind.TypeScriptReact = "typescriptreact";
		LanguageKind.TeX = "tex";
		LanguageKind.VisualBasic = "vb";
		LanguageKind.XML = "xml";
		LanguageKind.XSL = "xsl";
		LanguageKind.YAML = "yaml";
	})(LanguageKind || (LanguageKind = {}));
	(function(TextDocumentItem) {
		/**
		* Creates a new TextDocumentItem literal.
		* @param uri The document's uri.
		* @param languageId The document's language identifier.
		* @param version The document's version number.
		* @param text The document's text.
		*/
		function create(uri, languageId, version, text) {
			return {
				uri,
				languageId,
				version,
				text
			};
		}
		TextDocumentItem.create = create;
		/**
		* Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
		}
		TextDocumentItem.is = is;
	})(TextDocumentItem || (TextDocumentItem = {}));
	(function(MarkupKind) {
		/**
		* Plain text is supported as a content format
		*/
		MarkupKind.PlainText = "plaintext";
		/**
		* Markdown is supported as a content format
		*/
		MarkupKind.Markdown = "markdown";
		/**
		* Checks whether the given value is a value of the {@link MarkupKind} type.
		*/
		function is(value) {
			const candidate = value;
			return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
		}
		MarkupKind.is = is;
	})(MarkupKind || (MarkupKind = {}));
	(function(MarkupContent) {
		/**
		* Checks whether the given value conforms to the {@link MarkupContent} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
		}
		MarkupContent.is = is;
	})(MarkupContent || (MarkupContent = {}));
	(function(CompletionItemKind) {
		CompletionItemKind.Text = 1;
		CompletionItemKind.Method = 2;
		CompletionItemKind.Function = 3;
		CompletionItemKind.Constructor = 4;
		CompletionItemKind.Field = 5;
		CompletionItemKind.Variable = 6;
		CompletionItemKind.Class = 7;
		CompletionItemKind.Interface = 8;
		CompletionItemKind.Module = 9;
		CompletionItemKind.Property = 10;
		CompletionItemKind.Unit = 11;
		CompletionItemKind.Value = 12;
		CompletionItemKind.Enum = 13;
		CompletionItemKind.Keyword = 14;
		CompletionItemKind.Snippet = 15;
		CompletionItemKind.Color = 16;
		CompletionItemKind.File = 17;
		CompletionItemKind.Reference = 18;
		CompletionItemKind.Folder = 19;
		CompletionItemKind.EnumMember = 20;
		CompletionItemKind.Constant = 21;
		CompletionItemKind.Struct = 22;
		CompletionItemKind.Event = 23;
		CompletionItemKind.Operator = 24;
		CompletionItemKind.TypeParameter = 25;
	})(CompletionItemKind || (CompletionItemKind = {}));
	(function(InsertTextFormat) {
		/**
		* The primary text to be inserted is treated as a plain string.
		*/
		InsertTextFormat.PlainText = 1;
		/**
		* The primary text to be inserted is treated as a snippet.
		*
		* A snippet can define tab stops and placeholders with `$1`, `$2`
		* and `${3:foo}`. `$0` defines the final tab stop, it defaults to
		* the end of the snippet. Placeholders with equal identifiers are linked,
		* that is typing in one will update others too.
		*
		* See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
		*/
		InsertTextFormat.Snippet = 2;
	})(InsertTextFormat || (InsertTextFormat = {}));
	(function(CompletionItemTag) {
		/**
		* Render a completion as obsolete, usually using a strike-out.
		*/
		CompletionItemTag.Deprecated = 1;
	})(CompletionItemTag || (CompletionItemTag = {}));
	(function(InsertReplaceEdit) {
		/**
		* Creates a new insert / replace edit
		*/
		function create(newText, insert, replace) {
			return {
				newText,
				insert,
				replace
			};
		}
		InsertReplaceEdit.create = create;
		/**
		* Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
		*/
		function is(value) {
			const candidate = value;
			return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
		}
		InsertReplaceEdit.is = is;
	})(InsertReplaceEdit || (InsertReplaceEdit = {}));
	(function(InsertTextMode) {
		/**
		* The insertion or replace strings is taken as it is. If the
		* value is multi line the lines below the cursor will be
		* inserted using the indentation defined in the string value.
		* The client will not apply any kind of adjustments to the
		* string.
		*/
		InsertTextMode.asIs = 1;
		/**
		* The editor adjusts leading whitespace of new lines so that
		* they match the indentation up to the cursor of the line for
		* which the item is accepted.
		*
		* Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
		* multi line completion item is indented using 2 tabs and all
		* following lines inserted will be indented using 2 tabs as well.
		*/
		InsertTextMode.adjustIndentation = 2;
	})(InsertTextMode || (InsertTextMode = {}));
	(function(ApplyKind) {
		/**
		* The value from the individual item (if provided and not `null`) will be
		* used instead of the default.
		*/
		ApplyKind.Replace = 1;
		/**
		* The value from the item will be merged with the default.
		*
		* The specific rules for mergeing values are defined against each field
		* that supports merging.
		*/
		ApplyKind.Merge = 2;
	})(ApplyKind || (ApplyKind = {}));
	(function(CompletionItemLabelDetails) {
		function is(value) {
			const candidate = value;
			return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
		}
		CompletionItemLabelDetails.is = is;
	})(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
	(function(CompletionItem) {
		/**
		* Create a completion item and seed it with a label.
		* @param label The completion item's label
		*/
		function create(label) {
			return { label };
		}
		CompletionItem.create = create;
	})(CompletionItem || (CompletionItem = {}));
	(function(CompletionList) {
		/**
		* Creates a new completion list.
		*
		* @param items The completion items.
		* @param isIncomplete The list is not complete.
		*/
		function create(items, isIncomplete) {
			return {
				items: items ? items : [],
				isIncomplete: !!isIncomplete
			};
		}
		CompletionList.create = create;
	})(CompletionList || (CompletionList = {}));
	(function(MarkedString) {
		/**
		* Creates a marked string from plain text.
		*
		* @param plainText The plain text.
		*/
		function fromPlainText(plainText) {
			return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
		}
		MarkedString.fromPlainText = fromPlainText;
		/**
		* Checks whether the given value conforms to the {@link MarkedString} type.
		*/
		function is(value) {
			const candidate = value;
			return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
		}
		MarkedString.is = is;
	})(MarkedString || (MarkedString = {}));
	(function(Hover) {
		/**
		* Checks whether the given value conforms to the {@link Hover} interface.
		*/
		function is(value) {
			const candidate = value;
			return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
		}
		Hover.is = is;
	})(Hover || (Hover = {}));
	(function(ParameterInformation) {
		/**
		* Creates a new parameter information literal.
		*
		* @param label A label string.
		* @param documentation A doc string.
		*/
		function create(label, documentation) {
			return documentation ? {
				label,
				documentation
			} : { label };
		}
		ParameterInformation.create = create;
	})(ParameterInformation || (ParameterInformation = {}));
	(function(SignatureInformation) {
		function create(label, documentation, ...parameters) {
			const result = { label };
			if (Is.defined(documentation)) result.documentation = documentation;
			if (Is.defined(parameters)) result.parameters = parameters;
			else result.parameters = [];
			return result;
		}
		SignatureInformation.create = create;
	})(SignatureInformation || (SignatureInformation = {}));
	(function(DocumentHighlightKind) {
		/**
		* A textual occurrence.
		*/
		DocumentHighlightKind.Text = 1;
		/**
		* Read-access of a symbol, like reading a variable.
		*/
		DocumentHighlightKind.Read = 2;
		/**
		* Write-access of a symbol, like writing to a variable.
		*/
		DocumentHighlightKind.Write = 3;
	})(DocumentHighlightKind || (DocumentHighlightKind = {}));
	(function(DocumentHighlight) {
		/**
		* Create a DocumentHighlight object.
		* @param range The range the highlight applies to.
		* @param kind The highlight kind
		*/
		function create(range, kind) {
			const result = { range };
			if (Is.number(kind)) result.kind = kind;
			return result;
		}
		DocumentHighlight.create = create;
	})(DocumentHighlight || (DocumentHighlight = {}));
	(function(SymbolKind) {
		SymbolKind.File = 1;
		SymbolKind.Module = 2;
		SymbolKind.Namespace = 3;
		SymbolKind.Package = 4;
		SymbolKind.Class = 5;
		SymbolKind.Method = 6;
		SymbolKind.Property = 7;
		SymbolKind.Field = 8;
		SymbolKind.Constructor = 9;
		SymbolKind.Enum = 10;
		SymbolKind.Interface = 11;
		SymbolKind.Function = 12;
		SymbolKind.Variable = 13;
		SymbolKind.Constant = 14;
		SymbolKind.String = 15;
		SymbolKind.Number = 16;
		SymbolKind.Boolean = 17;
		SymbolKind.Array = 18;
		SymbolKind.Object = 19;
		SymbolKind.Key = 20;
		SymbolKind.Null = 21;
		SymbolKind.EnumMember = 22;
		SymbolKind.Struct = 23;
		SymbolKind.Event = 24;
		SymbolKind.Operator = 25;
		SymbolKind.TypeParameter = 26;
	})(SymbolKind || (SymbolKind = {}));
	(function(SymbolTag) {
		/**
		* Render a symbol as obsolete, usually using a strike-out.
		*/
		SymbolTag.Deprecated = 1;
	})(SymbolTag || (SymbolTag = {}));
	(function(SymbolInformation) {
		/**
		* Creates a new symbol information literal.
		*
		* @param name The name of the symbol.
		* @param kind The kind of the symbol.
		* @param range The range of the location of the symbol.
		* @param uri The resource of the location of symbol.
		* @param containerName The name of the symbol containing the symbol.
		*/
		function create(name, kind, range, uri, containerName) {
			const result = {
				name,
				kind,
				location: {
					uri,
					range
				}
			};
			if (containerName) result.containerName = containerName;
			return result;
		}
		SymbolInformation.create = create;
	})(SymbolInformation || (SymbolInformation = {}));
	(function(WorkspaceSymbol) {
		/**
		* Create a new workspace symbol.
		*
		* @param name The name of the symbol.
		* @param kind The kind of the symbol.
		* @param uri The resource of the location of the symbol.
		* @param range An options range of the location.
		* @returns A WorkspaceSymbol.
		*/
		function create(name, kind, uri, range) {
			return range !== void 0 ? {
				name,
				kind,
				location: {
					uri,
					range
				}
			} : {
				name,
				kind,
				location: { uri }
			};
		}
		WorkspaceSymbol.create = create;
	})(WorkspaceSymbol || (WorkspaceSymbol = {}));
	(function(DocumentSymbol) {
		/**
		* Creates a new symbol information literal.
		*
		* @param name The name of the symbol.
		* @param detail The detail of the symbol.
		* @param kind The kind of the symbol.
		* @param range The range of the symbol.
		* @param selectionRange The selectionRange of the symbol.
		* @param children Children of the symbol.
		*/
		function create(name, detail, kind, range, selectionRange, children) {
			const result = {
				name,
				detail,
				kind,
				range,
				selectionRange
			};
			if (children !== void 0) result.children = children;
			return result;
		}
		DocumentSymbol.create = create;
		/**
		* Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
		*/
		function is(value) {
			const candidate = value;
			return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
		}
		DocumentSymbol.is = is;
	})(DocumentSymbol || (DocumentSymbol = {}));
	(function(CodeActionKind) {
		/**
		* Empty kind.
		*/
		CodeActionKind.Empty = "";
		/**
		* Base kind for quickfix actions: 'quickfix'
		*/
		CodeActionKind.QuickFix = "quickfix";
		/**
		* Base kind for refactoring actions: 'refactor'
		*/
		CodeActionKind.Refactor = "refactor";
		/**
		* Base kind for refactoring extraction actions: 'refactor.extract'
		*
		* Example extract actions:
		*
		* - Extract method
		* - Extract function
		* - Extract variable
		* - Extract interface from class
		* - ...
		*/
		CodeActionKind.RefactorExtract = "refactor.extract";
		/**
		* Base kind for refactoring inline actions: 'refactor.inline'
		*
		* Example inline actions:
		*
		* - Inline function
		* - Inline variable
		* - Inline constant
		* - ...
		*/
		CodeActionKind.RefactorInline = "refactor.inline";
		/**
		* Base kind for refactoring move actions: `refactor.move`
		*
		* Example move actions:
		*
		* - Move a function to a new file
		* - Move a property between classes
		* - Move method to base class
		* - ...
		*
		* @since 3.18.0
		*/
		CodeActionKind.RefactorMove = "refactor.move";
		/**
		* Base kind for refactoring rewrite actions: 'refactor.rewrite'
		*
		* Example rewrite actions:
		*
		* - Convert JavaScript function to class
		* - Add or remove parameter
		* - Encapsulate field
		* - Make method static
		* - Move method to base class
		* - ...
		*/
		CodeActionKind.RefactorRewrite = "refactor.rewrite";
		/**
		* Base kind for source actions: `source`
		*
		* Source code actions apply to the entire file.
		*/
		CodeActionKind.Source = "source";
		/**
		* Base kind for an organize imports source action: `source.organizeImports`
		*/
		CodeActionKind.SourceOrganizeImports = "source.organizeImports";
		/**
		* Base kind for auto-fix source actions: `source.fixAll`.
		*
		* Fix all actions automatically fix errors that have a clear fix that do not require user input.
		* They should not suppress errors or perform unsafe fixes such as generating new types or classes.
		*
		* @since 3.15.0
		*/
		CodeActionKind.SourceFixAll = "source.fixAll";
		/**
		* Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
		* this should always begin with `notebook.`
		*
		* @since 3.18.0
		*/
		CodeActionKind.Notebook = "notebook";
	})(CodeActionKind || (CodeActionKind = {}));
	(function(CodeActionTriggerKind) {
		/**
		* Code actions were explicitly requested by the user or by an extension.
		*/
		CodeActionTriggerKind.Invoked = 1;
		/**
		* Code actions were requested automatically.
		*
		* This typically happens when current selection in a file changes, but can
		* also be triggered when file content changes.
		*/
		CodeActionTriggerKind.Automatic = 2;
	})(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
	(function(CodeActionContext) {
		/**
		* Creates a new CodeActionContext literal.
		*/
		function create(diagnostics, only, triggerKind) {
			const result = { diagnostics };
			if (only !== void 0 && only !== null) result.only = only;
			if (triggerKind !== void 0 && triggerKind !== null) result.triggerKind = triggerKind;
			return result;
		}
		CodeActionContext.create = create;
		/**
		* Checks whether the given literal conforms to the {@link CodeActionContext} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
		}
		CodeActionContext.is = is;
	})(CodeActionContext || (CodeActionContext = {}));
	(function(CodeActionTag) {
		/**
		* Marks the code action as LLM-generated.
		*/
		CodeActionTag.LLMGenerated = 1;
		/**
		* Checks whether the given literal conforms to the {@link CodeActionTag} interface.
		*/
		function is(value) {
			return Is.defined(value) && value === CodeActionTag.LLMGenerated;
		}
		CodeActionTag.is = is;
	})(CodeActionTag || (CodeActionTag = {}));
	(function(CodeAction) {
		function create(title, kindOrCommandOrEdit, kind) {
			const result = { title };
			let checkKind = true;
			if (typeof kindOrCommandOrEdit === "string") {
				checkKind = false;
				result.kind = kindOrCommandOrEdit;
			} else if (Command.is(kindOrCommandOrEdit)) result.command = kindOrCommandOrEdit;
			else result.edit = kindOrCommandOrEdit;
			if (checkKind && kind !== void 0) result.kind = kind;
			return result;
		}
		CodeAction.create = create;
		function is(value) {
			const candidate = value;
			return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
		}
		CodeAction.is = is;
	})(CodeAction || (CodeAction = {}));
	(function(CodeLens) {
		/**
		* Creates a new CodeLens literal.
		*/
		function create(range, data) {
			const result = { range };
			if (Is.defined(data)) result.data = data;
			return result;
		}
		CodeLens.create = create;
		/**
		* Checks whether the given literal conforms to the {@link CodeLens} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
		}
		CodeLens.is = is;
	})(CodeLens || (CodeLens = {}));
	(function(FormattingOptions) {
		/**
		* Creates a new FormattingOptions literal.
		*/
		function create(tabSize, insertSpaces) {
			return {
				tabSize,
				insertSpaces
			};
		}
		FormattingOptions.create = create;
		/**
		* Checks whether the given literal conforms to the {@link FormattingOptions} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
		}
		FormattingOptions.is = is;
	})(FormattingOptions || (FormattingOptions = {}));
	(function(DocumentLink) {
		/**
		* Creates a new DocumentLink literal.
		*/
		function create(range, target, data) {
			return {
				range,
				target,
				data
			};
		}
		DocumentLink.create = create;
		/**
		* Checks whether the given literal conforms to the {@link DocumentLink} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
		}
		DocumentLink.is = is;
	})(DocumentLink || (DocumentLink = {}));
	(function(SelectionRange) {
		/**
		* Creates a new SelectionRange
		* @param range the range.
		* @param parent an optional parent.
		*/
		function create(range, parent) {
			return {
				range,
				parent
			};
		}
		SelectionRange.create = create;
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange.is(candidate.parent));
		}
		SelectionRange.is = is;
	})(SelectionRange || (SelectionRange = {}));
	(function(SemanticTokenTypes) {
		SemanticTokenTypes["namespace"] = "namespace";
		/**
		* Represents a generic type. Acts as a fallback for types which can't be mapped to
		* a specific type like class or enum.
		*/
		SemanticTokenTypes["type"] = "type";
		SemanticTokenTypes["class"] = "class";
		SemanticTokenTypes["enum"] = "enum";
		SemanticTokenTypes["interface"] = "interface";
		SemanticTokenTypes["struct"] = "struct";
		SemanticTokenTypes["typeParameter"] = "typeParameter";
		SemanticTokenTypes["parameter"] = "parameter";
		SemanticTokenTypes["variable"] = "variable";
		SemanticTokenTypes["property"] = "property";
		SemanticTokenTypes["enumMember"] = "enumMember";
		SemanticTokenTypes["event"] = "event";
		SemanticTokenTypes["function"] = "function";
		SemanticTokenTypes["method"] = "method";
		SemanticTokenTypes["macro"] = "macro";
		SemanticTokenTypes["keyword"] = "keyword";
		SemanticTokenTypes["modifier"] = "modifier";
		SemanticTokenTypes["comment"] = "comment";
		SemanticTokenTypes["string"] = "string";
		SemanticTokenTypes["number"] = "number";
		SemanticTokenTypes["regexp"] = "regexp";
		SemanticTokenTypes["operator"] = "operator";
		/**
		* @since 3.17.0
		*/
		SemanticTokenTypes["decorator"] = "decorator";
		/**
		* @since 3.18.0
		*/
		SemanticTokenTypes["label"] = "label";
	})(SemanticTokenTypes || (SemanticTokenTypes = {}));
	(function(SemanticTokenModifiers) {
		SemanticTokenModifiers["declaration"] = "declaration";
		SemanticTokenModifiers["definition"] = "definition";
		SemanticTokenModifiers["readonly"] = "readonly";
		SemanticTokenModifiers["static"] = "static";
		SemanticTokenModifiers["deprecated"] = "deprecated";
		SemanticTokenModifiers["abstract"] = "abstract";
		SemanticTokenModifiers["async"] = "async";
		SemanticTokenModifiers["modification"] = "modification";
		SemanticTokenModifiers["documentation"] = "documentation";
		SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
	})(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
	(function(SemanticTokens) {
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
		}
		SemanticTokens.is = is;
	})(SemanticTokens || (SemanticTokens = {}));
	(function(InlineValueText) {
		/**
		* Creates a new InlineValueText literal.
		*/
		function create(range, text) {
			return {
				range,
				text
			};
		}
		InlineValueText.create = create;
		function is(value) {
			const candidate = value;
			return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
		}
		InlineValueText.is = is;
	})(InlineValueText || (InlineValueText = {}));
	(function(InlineValueVariableLookup) {
		/**
		* Creates a new InlineValueText literal.
		*/
		function create(range, variableName, caseSensitiveLookup) {
			return {
				range,
				variableName,
				caseSensitiveLookup
			};
		}
		InlineValueVariableLookup.create = create;
		function is(value) {
			const candidate = value;
			return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
		}
		InlineValueVariableLookup.is = is;
	})(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
	(function(InlineValueEvaluatableExpression) {
		/**
		* Creates a new InlineValueEvaluatableExpression literal.
		*/
		function create(range, expression) {
			return {
				range,
				expression
			};
		}
		InlineValueEvaluatableExpression.create = create;
		function is(value) {
			const candidate = value;
			return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
		}
		InlineValueEvaluatableExpression.is = is;
	})(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
	(function(InlineValueContext) {
		/**
		* Creates a new InlineValueContext literal.
		*/
		function create(frameId, stoppedLocation) {
			return {
				frameId,
				stoppedLocation
			};
		}
		InlineValueContext.create = create;
		/**
		* Checks whether the given literal conforms to the {@link InlineValueContext} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Range.is(value.stoppedLocation);
		}
		InlineValueContext.is = is;
	})(InlineValueContext || (InlineValueContext = {}));
	(function(InlayHintKind) {
		/**
		* An inlay hint that for a type annotation.
		*/
		InlayHintKind.Type = 1;
		/**
		* An inlay hint that is for a parameter.
		*/
		InlayHintKind.Parameter = 2;
		function is(value) {
			return value === 1 || value === 2;
		}
		InlayHintKind.is = is;
	})(InlayHintKind || (InlayHintKind = {}));
	(function(InlayHintLabelPart) {
		function create(value) {
			return { value };
		}
		InlayHintLabelPart.create = create;
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
		}
		InlayHintLabelPart.is = is;
	})(InlayHintLabelPart || (InlayHintLabelPart = {}));
	(function(InlayHint) {
		function create(position, label, kind) {
			const result = {
				position,
				label
			};
			if (kind !== void 0) result.kind = kind;
			return result;
		}
		InlayHint.create = create;
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
		}
		InlayHint.is = is;
	})(InlayHint || (InlayHint = {}));
	(function(StringValue) {
		function createSnippet(value) {
			return {
				kind: "snippet",
				value
			};
		}
		StringValue.createSnippet = createSnippet;
		function isSnippet(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
		}
		StringValue.isSnippet = isSnippet;
	})(StringValue || (StringValue = {}));
	(function(InlineCompletionItem) {
		function create(insertText, filterText, range, command) {
			return {
				insertText,
				filterText,
				range,
				command
			};
		}
		InlineCompletionItem.create = create;
	})(InlineCompletionItem || (InlineCompletionItem = {}));
	(function(InlineCompletionList) {
		function create(items) {
			return { items };
		}
		InlineCompletionList.create = create;
	})(InlineCompletionList || (InlineCompletionList = {}));
	(function(InlineCompletionTriggerKind) {
		/**
		* Completion was triggered explicitly by a user gesture.
		*/
		InlineCompletionTriggerKind.Invoked = 1;
		/**
		* Completion was triggered automatically while editing.
		*/
		InlineCompletionTriggerKind.Automatic = 2;
	})(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
	(function(SelectedCompletionInfo) {
		function create(range, text) {
			return {
				range,
				text
			};
		}
		SelectedCompletionInfo.create = create;
	})(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
	(function(InlineCompletionContext) {
		function create(triggerKind, selectedCompletionInfo) {
			return {
				triggerKind,
				selectedCompletionInfo
			};
		}
		InlineCompletionContext.create = create;
	})(InlineCompletionContext || (InlineCompletionContext = {}));
	(function(WorkspaceFolder) {
		function is(value) {
			const candidate = value;
			return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
		}
		WorkspaceFolder.is = is;
	})(WorkspaceFolder || (WorkspaceFolder = {}));
	EOL = [
		"\n",
		"\r\n",
		"\r"
	];
	(function(TextDocument) {
		/**
		* Creates a new ITextDocument literal from the given uri and content.
		* @param uri The document's uri.
		* @param languageId The document's language Id.
		* @param version The document's version.
		* @param content The document's content.
		*/
		function create(uri, languageId, version, content) {
			return new FullTextDocument$1(uri, languageId, version, content);
		}
		TextDocument.create = create;
		/**
		* Checks whether the given literal conforms to the {@link ITextDocument} interface.
		*/
		function is(value) {
			const candidate = value;
			return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
		}
		TextDocument.is = is;
		function applyEdits(document, edits) {
			let text = document.getText();
			const sortedEdits = mergeSort(edits, (a, b) => {
				const diff = a.range.start.line - b.range.start.line;
				if (diff === 0) return a.range.start.character - b.range.start.character;
				return diff;
			});
			let lastModifiedOffset = text.length;
			for (let i = sortedEdits.length - 1; i >= 0; i--) {
				const e = sortedEdits[i];
				const startOffset = document.offsetAt(e.range.start);
				const endOffset = document.offsetAt(e.range.end);
				if (endOffset <= lastModifiedOffset) text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
				else throw new Error("Overlapping edit");
				lastModifiedOffset = startOffset;
			}
			return text;
		}
		TextDocument.applyEdits = applyEdits;
		function mergeSort(data, compare) {
			if (data.length <= 1) return data;
			const p = data.length / 2 | 0;
			const left = data.slice(0, p);
			const right = data.slice(p);
			mergeSort(left, compare);
			mergeSort(right, compare);
			let leftIdx = 0;
			let rightIdx = 0;
			let i = 0;
			while (leftIdx < left.length && rightIdx < right.length) if (compare(left[leftIdx], right[rightIdx]) <= 0) data[i++] = left[leftIdx++];
			else data[i++] = right[rightIdx++];
			while (leftIdx < left.length) data[i++] = left[leftIdx++];
			while (rightIdx < right.length) data[i++] = right[rightIdx++];
			return data;
		}
	})(TextDocument$1 || (TextDocument$1 = {}));
	FullTextDocument$1 = class {
		constructor(uri, languageId, version, content) {
			this._uri = uri;
			this._languageId = languageId;
			this._version = version;
			this._content = content;
			this._lineOffsets = void 0;
		}
		get uri() {
			return this._uri;
		}
		get languageId() {
			return this._languageId;
		}
		get version() {
			return this._version;
		}
		getText(range) {
			if (range) {
				const start = this.offsetAt(range.start);
				const end = this.offsetAt(range.end);
				return this._content.substring(start, end);
			}
			return this._content;
		}
		update(event, version) {
			this._content = event.text;
			this._version = version;
			this._lineOffsets = void 0;
		}
		getLineOffsets() {
			if (this._lineOffsets === void 0) {
				const lineOffsets = [];
				const text = this._content;
				let isLineStart = true;
				for (let i = 0; i < text.length; i++) {
					if (isLineStart) {
						lineOffsets.push(i);
						isLineStart = false;
					}
					const ch = text.charAt(i);
					isLineStart = ch === "\r" || ch === "\n";
					if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") i++;
				}
				if (isLineStart && text.length > 0) lineOffsets.push(text.length);
				this._lineOffsets = lineOffsets;
			}
			return this._lineOffsets;
		}
		positionAt(offset) {
			offset = Math.max(Math.min(offset, this._content.length), 0);
			const lineOffsets = this.getLineOffsets();
			let low = 0, high = lineOffsets.length;
			if (high === 0) return Position.create(0, offset);
			while (low < high) {
				const mid = Math.floor((low + high) / 2);
				if (lineOffsets[mid] > offset) high = mid;
				else low = mid + 1;
			}
			const line = low - 1;
			return Position.create(line, offset - lineOffsets[line]);
		}
		offsetAt(position) {
			const lineOffsets = this.getLineOffsets();
			if (position.line >= lineOffsets.length) return this._content.length;
			else if (position.line < 0) return 0;
			const lineOffset = lineOffsets[position.line];
			const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
			return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
		}
		get lineCount() {
			return this.getLineOffsets().length;
		}
	};
	(function(Is) {
		const toString = Object.prototype.toString;
		function defined(value) {
			return typeof value !== "undefined";
		}
		Is.defined = defined;
		function undefined(value) {
			return typeof value === "undefined";
		}
		Is.undefined = undefined;
		function boolean(value) {
			return value === true || value === false;
		}
		Is.boolean = boolean;
		function string(value) {
			return toString.call(value) === "[object String]";
		}
		Is.string = string;
		function number(value) {
			return toString.call(value) === "[object Number]";
		}
		Is.number = number;
		function numberRange(value, min, max) {
			return toString.call(value) === "[object Number]" && min <= value && value <= max;
		}
		Is.numberRange = numberRange;
		function integer(value) {
			return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
		}
		Is.integer = integer;
		function uinteger(value) {
			return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
		}
		Is.uinteger = uinteger;
		function func(value) {
			return toString.call(value) === "[object Function]";
		}
		Is.func = func;
		function objectLiteral(value) {
			return value !== null && typeof value === "object";
		}
		Is.objectLiteral = objectLiteral;
		function typedArray(value, check) {
			return Array.isArray(value) && value.every(check);
		}
		Is.typedArray = typedArray;
	})(Is || (Is = {}));
}));
// node_modules/dockerfile-ast/lib/line.js
var require_line = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Line = void 0;
	var Line = class {
		constructor(document, range) {
			this.document = document;
			this.range = range;
		}
		getRange() {
			return this.range;
		}
		getTextContent() {
			return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
		}
		isAfter(line) {
			return this.range.start.line > line.range.start.line;
		}
		isBefore(line) {
			return this.range.start.line < line;
		}
	};
	exports.Line = Line;
}));
// node_modules/dockerfile-ast/lib/util.js
var require_util = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Util = void 0;
	exports.Util = class Util {
		static isUTF8BOM(char) {
			const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
			return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
		}
		static isWhitespace(char) {
			return char === " " || char === "	" || Util.isNewline(char);
		}
		static isNewline(char) {
			return char === "\r" || char === "\n";
		}
		static findLeadingNonWhitespace(content, escapeChar) {
			whitespaceCheck: for (let i = 0; i < content.length; i++) switch (content.charAt(i)) {
				case " ":
				case "	": continue;
				case escapeChar:
					escapeCheck: for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
						case " ":
						case "	": continue;
						case "\r":
							i = j + 1;
							continue whitespaceCheck;
						case "\n":
							i = j;
							continue whitespaceCheck;
						default: break escapeCheck;
					}
					return -1;
				default: return i;
			}
			return -1;
		}
		/**
		* Determines if the given position is contained within the given range.
		*
		* @param position the position to check
		* @param range the range to see if the position is inside of
		*/
		static isInsideRange(position, range) {
			if (range.start.line === range.end.line) return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
			else if (range.start.line === position.line) return range.start.character <= position.character;
			else if (range.end.line === position.line) return position.character <= range.end.character;
			return range.start.line < position.line && position.line < range.end.line;
		}
		static parseHeredocName(value) {
			value = value.substring(2);
			if (value.charAt(0) === "-") value = value.substring(1);
			if (value.charAt(0) === "\"") {
				if (value.charAt(value.length - 1) !== "\"") return null;
				value = value.substring(1, value.length - 1);
			}
			if (value.charAt(0) === "'") {
				if (value.charAt(value.length - 1) !== "'") return null;
				value = value.substring(1, value.length - 1);
			}
			if (value.charAt(0) === "<") return null;
			return value;
		}
	};
}));
// node_modules/dockerfile-ast/lib/comment.js
var require_comment = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Comment = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const line_1 = require_line();
	const util_1 = require_util();
	var Comment = class extends line_1.Line {
		constructor(document, range) {
			super(document, range);
		}
		toString() {
			const content = this.getContent();
			if (content) return "# " + content;
			return "#";
		}
		/**
		* Returns the content of this comment. This excludes leading and
		* trailing whitespace as well as the # symbol. If the comment only
		* consists of whitespace, the empty string will be returned.
		*/
		getContent() {
			let range = this.getContentRange();
			if (range === null) return "";
			return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
		}
		/**
		* Returns a range that includes the content of the comment
		* excluding any leading and trailing whitespace as well as the #
		* symbol. May return null if the comment only consists of whitespace
		* characters.
		*/
		getContentRange() {
			let range = this.getRange();
			const startOffset = this.document.offsetAt(range.start);
			let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
			let start = -1;
			let end = -1;
			for (let i = 1; i < raw.length; i++) if (!util_1.Util.isWhitespace(raw.charAt(i))) {
				start = i;
				break;
			}
			if (start === -1) return null;
			for (let i = raw.length - 1; i >= 1; i--) if (!util_1.Util.isWhitespace(raw.charAt(i))) {
				end = i + 1;
				break;
			}
			return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
		}
	};
	exports.Comment = Comment;
}));
// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports = /* @__PURE__ */ __exportAll({ TextDocument: () => TextDocument });
function mergeSort(data, compare) {
	if (data.length <= 1) return data;
	const p = data.length / 2 | 0;
	const left = data.slice(0, p);
	const right = data.slice(p);
	mergeSort(left, compare);
	mergeSort(right, compare);
	let leftIdx = 0;
	let rightIdx = 0;
	let i = 0;
	while (leftIdx < left.length && rightIdx < right.length) if (compare(left[leftIdx], right[rightIdx]) <= 0) data[i++] = left[leftIdx++];
	else data[i++] = right[rightIdx++];
	while (leftIdx < left.length) data[i++] = left[leftIdx++];
	while (rightIdx < right.length) data[i++] = right[rightIdx++];
	return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
	const result = isAtLineStart ? [textOffset] : [];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (isEOL(ch)) {
			if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
			result.push(textOffset + i + 1);
		}
	}
	return result;
}
function isEOL(char) {
	return char === 13 || char === 10;
}
function getWellformedRange(range) {
	const start = range.start;
	const end = range.end;
	if (start.line > end.line || start.line === end.line && start.character > end.character) return {
		start: end,
		end: start
	};
	return range;
}
function getWellformedEdit(textEdit) {
	const range = getWellformedRange(textEdit.range);
	if (range !== textEdit.range) return {
		newText: textEdit.newText,
		range
	};
	return textEdit;
}
var FullTextDocument, TextDocument;
var init_main = __esmMin((() => {
	FullTextDocument = class FullTextDocument {
		constructor(uri, languageId, version, content) {
			this._uri = uri;
			this._languageId = languageId;
			this._version = version;
			this._content = content;
			this._lineOffsets = void 0;
		}
		get uri() {
			return this._uri;
		}
		get languageId() {
			return this._languageId;
		}
		get version() {
			return this._version;
		}
		getText(range) {
			if (range) {
				const start = this.offsetAt(range.start);
				const end = this.offsetAt(range.end);
				return this._content.substring(start, end);
			}
			return this._content;
		}
		update(changes, version) {
			for (const change of changes) if (FullTextDocument.isIncremental(change)) {
				const range = getWellformedRange(change.range);
				const startOffset = this.offsetAt(range.start);
				const endOffset = this.offsetAt(range.end);
				this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
				const insertedEndOffset = startOffset + change.text.length;
				const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
				const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
				if (crlfAtStart || crlfAtEnd) {
					this._lineOffsets = void 0;
					continue;
				}
				const startLine = Math.max(range.start.line, 0);
				const endLine = Math.max(range.end.line, 0);
				let lineOffsets = this._lineOffsets;
				const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
				if (endLine - startLine === addedLineOffsets.length) for (let i = 0, len = addedLineOffsets.length; i < len; i++) lineOffsets[i + startLine + 1] = addedLineOffsets[i];
				else if (addedLineOffsets.length < 1e4) lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
				else this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
				const diff = change.text.length - (endOffset - startOffset);
				if (diff !== 0) for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) lineOffsets[i] = lineOffsets[i] + diff;
			} else if (FullTextDocument.isFull(change)) {
				this._content = change.text;
				this._lineOffsets = void 0;
			} else throw new Error("Unknown change event received");
			this._version = version;
		}
		getLineOffsets() {
			if (this._lineOffsets === void 0) this._lineOffsets = computeLineOffsets(this._content, true);
			return this._lineOffsets;
		}
		positionAt(offset) {
			offset = Math.max(Math.min(offset, this._content.length), 0);
			const lineOffsets = this.getLineOffsets();
			let low = 0, high = lineOffsets.length;
			if (high === 0) return {
				line: 0,
				character: offset
			};
			while (low < high) {
				const mid = Math.floor((low + high) / 2);
				if (lineOffsets[mid] > offset) high = mid;
				else low = mid + 1;
			}
			const line = low - 1;
			offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
			return {
				line,
				character: offset - lineOffsets[line]
			};
		}
		offsetAt(position) {
			const lineOffsets = this.getLineOffsets();
			if (position.line >= lineOffsets.length) return this._content.length;
			else if (position.line < 0) return 0;
			const lineOffset = lineOffsets[position.line];
			if (position.character <= 0) return lineOffset;
			const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
			const offset = Math.min(lineOffset + position.character, nextLineOffset);
			return this.ensureBeforeEOL(offset, lineOffset);
		}
		getLineRange(line) {
			const lineOffsets = this.getLineOffsets();
			if (line >= lineOffsets.length) {
				const lastLine = lineOffsets.length - 1;
				return {
					start: {
						line: lastLine,
						character: 0
					},
					end: {
						line: lastLine,
						character: this._content.length - lineOffsets[lastLine]
					}
				};
			} else if (line < 0) return {
				start: {
					line: 0,
					character: 0
				},
				end: {
					line: 0,
					character: 0
				}
			};
			const startOffset = lineOffsets[line];
			const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
			const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
			return {
				start: {
					line,
					character: 0
				},
				end: {
					line,
					character: endOffset - startOffset
				}
			};
		}
		getEOLCharacters(line) {
			const lineOffsets = this.getLineOffsets();
			if (line >= lineOffsets.length) return "";
			else if (line < 0) return "";
			const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
			const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
			return this._content.substring(eolOffset, nextLineOffset);
		}
		ensureBeforeEOL(offset, lineOffset) {
			while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) offset--;
			return offset;
		}
		get lineCount() {
			return this.getLineOffsets().length;
		}
		static isIncremental(event) {
			const candidate = event;
			return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
		}
		static isFull(event) {
			const candidate = event;
			return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
		}
	};
	(function(TextDocument) {
		/**
		* Creates a new text document.
		*
		* @param uri The document's uri.
		* @param languageId  The document's language Id.
		* @param version The document's initial version number.
		* @param content The document's content.
		*/
		function create(uri, languageId, version, content) {
			return new FullTextDocument(uri, languageId, version, content);
		}
		TextDocument.create = create;
		/**
		* Updates a TextDocument by modifying its content.
		*
		* @param document the document to update. Only documents created by TextDocument.create are valid inputs.
		* @param changes the changes to apply to the document.
		* @param version the changes version for the document.
		* @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
		*
		*/
		function update(document, changes, version) {
			if (document instanceof FullTextDocument) {
				document.update(changes, version);
				return document;
			} else throw new Error("TextDocument.update: document must be created by TextDocument.create");
		}
		TextDocument.update = update;
		function applyEdits(document, edits) {
			const text = document.getText();
			const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
				const diff = a.range.start.line - b.range.start.line;
				if (diff === 0) return a.range.start.character - b.range.start.character;
				return diff;
			});
			let lastModifiedOffset = 0;
			const spans = [];
			for (const e of sortedEdits) {
				const startOffset = document.offsetAt(e.range.start);
				if (startOffset < lastModifiedOffset) throw new Error("Overlapping edit");
				else if (startOffset > lastModifiedOffset) spans.push(text.substring(lastModifiedOffset, startOffset));
				if (e.newText.length) spans.push(e.newText);
				lastModifiedOffset = document.offsetAt(e.range.end);
			}
			spans.push(text.substr(lastModifiedOffset));
			return spans.join("");
		}
		TextDocument.applyEdits = applyEdits;
	})(TextDocument || (TextDocument = {}));
}));
// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.ParserDirective = void 0;
	const main_1 = require_main();
	const line_1 = require_line();
	var ParserDirective = class extends line_1.Line {
		constructor(document, range, nameRange, valueRange) {
			super(document, range);
			this.nameRange = nameRange;
			this.valueRange = valueRange;
		}
		toString() {
			return "# " + this.getName() + "=" + this.getValue();
		}
		getNameRange() {
			return this.nameRange;
		}
		getValueRange() {
			return this.valueRange;
		}
		getName() {
			return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
		}
		getValue() {
			return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
		}
		getDirective() {
			const directive = main_1.Directive[this.getName().toLowerCase()];
			return directive === void 0 ? null : directive;
		}
	};
	exports.ParserDirective = ParserDirective;
}));
// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Heredoc = void 0;
	/**
	* Heredoc represents a here-document that has been embedded in a
	* Dockerfile.
	*
	* This API is experimental and subject to change.
	*/
	var Heredoc = class {
		constructor(startRange, name, nameRange, contentRange, endRange) {
			this.startRange = startRange;
			this.name = name;
			this.nameRange = nameRange;
			this.contentRange = contentRange;
			this.endRange = endRange;
		}
		/**
		* Returns the name of the here-document.
		*
		* This API is experimental and subject to change.
		*/
		getName() {
			return this.name;
		}
		/**
		* Returns the range of the start operator and the name. If the
		* here-document is initialized with <<EOT then the start range would
		* encompass all five characters.
		*
		* This API is experimental and subject to change.
		*/
		getStartRange() {
			return this.startRange;
		}
		/**
		* Returns the range of this here-document's name that is declared at
		* the beginning of the here-document with the operator. If the
		* here-document is initialized with <<EOT then the name range would
		* encompass the latter three "EOT" characters.
		*
		* This API is experimental and subject to change.
		*/
		getNameRange() {
			return this.nameRange;
		}
		/**
		* Returns the range of the content of this here-document. This may
		* be null if the here-document has no content because:
		* - the start range is the only thing that was declared
		* - the end range was declared immediately and there is no content
		*
		* This API is experimental and subject to change.
		*/
		getContentRange() {
			return this.contentRange;
		}
		/**
		* Returns the range of the here-document's name on a line that
		* represents the end of the here-document.
		*
		* This API is experimental and subject to change.
		*/
		getDelimiterRange() {
			return this.endRange;
		}
	};
	exports.Heredoc = Heredoc;
}));
// node_modules/dockerfile-ast/lib/variable.js
var require_variable = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Variable = void 0;
	var Variable = class {
		constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
			this.name = name;
			this.nameRange = nameRange;
			this.range = range;
			this.modifier = modifier;
			this.modifierRange = modifierRange;
			this.substitutionParameter = substitutionParameter;
			this.substitutionRange = substitutionRange;
			this.defined = defined;
			this.buildVariable = buildVariable;
			this.stringValue = stringValue;
		}
		toString() {
			return this.stringValue;
		}
		getName() {
			return this.name;
		}
		getNameRange() {
			return this.nameRange;
		}
		/**
		* Returns the range of the entire variable. This includes the symbols for
		* the declaration of the variable such as the $, {, and } symbols.
		*
		* @return the range in the document that this variable encompasses in its
		*         entirety
		*/
		getRange() {
			return this.range;
		}
		/**
		* Returns the modifier character that has been set for
		* specifying how this variable should be expanded and resolved.
		* If this variable is ${variable:+value} then the modifier
		* character is '+'. Will be the empty string if the variable is
		* declared as ${variable:}. Otherwise, will be null if this
		* variable will not use variable substitution at all (such as
		* ${variable} or $variable).
		*
		* @return this variable's modifier character, or the empty
		*         string if it does not have one, or null if this
		*         variable will not use variable substitution
		*/
		getModifier() {
			return this.modifier;
		}
		getModifierRange() {
			return this.modifierRange;
		}
		/**
		* Returns the parameter that will be used for substitution if
		* this variable uses modifiers to define how its value should be
		* resolved. If this variable is ${variable:+value} then the
		* substitution value will be 'value'. Will be the empty string
		* if the variable is declared as ${variable:+} or some other
		* variant where the only thing that follows the modifier
		* character (excluding considerations of escape characters and
		* so on) is the variable's closing bracket. May be null if this
		* variable does not have a modifier character defined (such as
		* ${variable} or $variable).
		*
		* @return this variable's substitution parameter, or the empty
		*         string if it does not have one, or null if there is
		*         not one defined
		*/
		getSubstitutionParameter() {
			return this.substitutionParameter;
		}
		getSubstitutionRange() {
			return this.substitutionRange;
		}
		/**
		* Returns whether this variable has been defined or not.
		*
		* @return true if this variable has been defined, false otherwise
		*/
		isDefined() {
			return this.defined;
		}
		isBuildVariable() {
			return this.buildVariable === true;
		}
		isEnvironmentVariable() {
			return this.buildVariable === false;
		}
	};
	exports.Variable = Variable;
}));
// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Instruction = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const util_1 = require_util();
	const line_1 = require_line();
	const argument_1 = require_argument();
	const heredoc_1 = require_heredoc();
	const variable_1 = require_variable();
	const main_1 = require_main();
	var Instruction = class extends line_1.Line {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range);
			this.dockerfile = dockerfile;
			this.escapeChar = escapeChar;
			this.instruction = instruction;
			this.instructionRange = instructionRange;
		}
		toString() {
			let value = this.getKeyword();
			for (let arg of this.getRawArguments()) {
				value += " ";
				value += arg.getValue();
			}
			return value;
		}
		getRangeContent(range) {
			if (range === null) return null;
			return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
		}
		getInstructionRange() {
			return this.instructionRange;
		}
		getInstruction() {
			return this.instruction;
		}
		getKeyword() {
			return this.getInstruction().toUpperCase();
		}
		getArgumentsRange() {
			let args = this.getArguments();
			if (args.length === 0) return null;
			return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
		}
		getArgumentsRanges() {
			let args = this.getArguments();
			if (args.length === 0) return [];
			if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
			let ranges = [];
			let end = -1;
			let startPosition = args[0].getRange().start;
			let range = this.getInstructionRange();
			let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
			let fullArgs = this.getTextContent().substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
			let offset = this.document.offsetAt(range.start) + extra;
			let comment = false;
			for (let i = 0; i < fullArgs.length; i++) {
				let char = fullArgs.charAt(i);
				if (char === this.escapeChar) {
					let next = fullArgs.charAt(i + 1);
					if (next === " " || next === "	") whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) switch (fullArgs.charAt(j)) {
						case " ":
						case "	": continue;
						case "\r": j++;
						case "\n":
							if (startPosition !== null) ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
							startPosition = null;
							comment = false;
							i = j;
							break whitespaceCheck;
						default: break whitespaceCheck;
					}
					else if (next === "\r") {
						if (startPosition !== null) {
							ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
							startPosition = null;
						}
						comment = false;
						i += 2;
					} else if (next === "\n") {
						if (startPosition !== null) ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
						startPosition = null;
						comment = false;
						i++;
					} else i++;
				} else if (util_1.Util.isNewline(char)) {
					if (comment) {
						startPosition = null;
						comment = false;
					}
				} else if (!comment) {
					if (startPosition === null) {
						if (char === "#") {
							comment = true;
							continue;
						}
						let position = this.document.positionAt(offset + i);
						if (position.character !== 0) startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
					}
					end = i;
				}
			}
			if (startPosition === null) ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
			else ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
			return ranges;
		}
		getRawArgumentsContent() {
			let args = this.getArguments();
			if (args.length === 0) return null;
			return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
		}
		getArgumentsContent() {
			if (this.getArguments().length === 0) return null;
			let content = "";
			let ranges = this.getArgumentsRanges();
			let documentText = this.document.getText();
			for (let range of ranges) content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
			return content;
		}
		getArguments() {
			return this.getRawArguments();
		}
		getRawArguments() {
			let args = [];
			let range = this.getInstructionRange();
			let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
			let fullArgs = this.getTextContent().substring(extra);
			let offset = this.document.offsetAt(range.start) + extra;
			let start = false;
			let comment = false;
			let found = -1;
			let escapedWhitespaceDetected = false;
			let escaping = false;
			let escapeMarker = -1;
			let escapedArg = "";
			for (let i = 0; i < fullArgs.length; i++) {
				let char = fullArgs.charAt(i);
				if (util_1.Util.isWhitespace(char)) {
					if (escaping) {
						escapedWhitespaceDetected = true;
						if (util_1.Util.isNewline(char)) {
							escapedWhitespaceDetected = false;
							if (comment) {
								comment = false;
								start = true;
							}
						}
						continue;
					} else if (found !== -1) {
						if (escapeMarker === -1) args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
						else args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
						escapeMarker = -1;
						escapedArg = "";
						found = -1;
					}
				} else if (char === this.escapeChar) {
					let next = fullArgs.charAt(i + 1);
					if (next === " " || next === "	") whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) switch (fullArgs.charAt(j)) {
						case " ":
						case "	": continue;
						case "\r": j++;
						case "\n":
							comment = false;
							escaping = true;
							start = true;
							if (found !== -1) escapeMarker = i;
							i = j;
							break whitespaceCheck;
						default:
							escapeMarker = i;
							if (found === -1) i = j - 1;
							break whitespaceCheck;
					}
					else if (next === "\r") {
						comment = false;
						escaping = true;
						start = true;
						if (found !== -1 && escapeMarker === -1) escapeMarker = i;
						i += 2;
					} else if (next === "\n") {
						comment = false;
						escaping = true;
						start = true;
						if (found !== -1 && escapeMarker === -1) escapeMarker = i;
						i++;
					} else {
						if (escapedWhitespaceDetected && escapeMarker !== -1) {
							args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
							escapedArg = "";
							found = -1;
						}
						escapeMarker = -1;
						escapedWhitespaceDetected = false;
						escaping = false;
						if (next === "$") escapedArg = escapedArg + char + next;
						else if (next === "") break;
						else escapedArg = escapedArg + next;
						if (found === -1) found = i;
						i++;
					}
				} else if (!comment) {
					if (start && char === "#") comment = true;
					else {
						if (escapedWhitespaceDetected && escapeMarker !== -1) {
							args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
							escapedArg = "";
							found = -1;
						}
						escapedWhitespaceDetected = false;
						escaping = false;
						escapeMarker = -1;
						escapedArg = escapedArg + char;
						if (found === -1) found = i;
					}
					start = false;
				}
			}
			if (found !== -1) {
				if (escapeMarker === -1) args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
				else args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
			}
			return args;
		}
		getExpandedArguments() {
			let args = this.getArguments();
			for (let i = 0; i < args.length; i++) {
				const argRange = args[i].getRange();
				let offset = this.document.offsetAt(argRange.start);
				const variables = this.parseVariables(offset, args[i].getValue());
				const swaps = [];
				let requiresExpansion = false;
				for (let variable of variables) {
					const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
					swaps.push(value);
					requiresExpansion = requiresExpansion || value !== void 0;
				}
				if (requiresExpansion) {
					let expanded = "";
					for (let j = 0; j < swaps.length; j++) {
						const variableRange = variables[j].getRange();
						const start = this.document.offsetAt(variableRange.start);
						const end = this.document.offsetAt(variableRange.end);
						if (swaps[j]) {
							expanded += this.document.getText().substring(offset, start);
							expanded += swaps[j];
							offset = end;
						} else {
							expanded += this.document.getText().substring(offset, end);
							offset = end;
						}
					}
					const argEnd = this.document.offsetAt(argRange.end);
					if (argEnd !== offset) expanded += this.document.getText().substring(offset, argEnd);
					args[i] = new argument_1.Argument(expanded, argRange);
				}
			}
			return args;
		}
		getVariables() {
			const variables = [];
			const args = this.getRawArguments();
			for (const arg of args) {
				let range = arg.getRange();
				let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
				const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
				for (const parsedVariable of parsedVariables) variables.push(parsedVariable);
			}
			return variables;
		}
		parseVariables(offset, arg) {
			let variables = [];
			variableLoop: for (let i = 0; i < arg.length; i++) switch (arg.charAt(i)) {
				case this.escapeChar:
					if (arg.charAt(i + 1) === "$") i++;
					break;
				case "$":
					if (arg.charAt(i + 1) === "{") {
						let escapedString = "${";
						let escapedName = "";
						let nameEnd = -1;
						let escapedSubstitutionParameter = "";
						let substitutionStart = -1;
						let substitutionEnd = -1;
						let modifierRead = -1;
						nameLoop: for (let j = i + 2; j < arg.length; j++) {
							let char = arg.charAt(j);
							switch (char) {
								case this.escapeChar:
									for (let k = j + 1; k < arg.length; k++) switch (arg.charAt(k)) {
										case " ":
										case "	":
										case "\r": continue;
										case "\n":
											j = k;
											continue nameLoop;
									}
									break;
								case "}":
									escapedString += "}";
									let modifier = null;
									let modifierRange = null;
									let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
									let substitutionRange = null;
									if (nameEnd === -1) nameEnd = j;
									else if (nameEnd + 1 === j) {
										modifier = "";
										modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
									} else {
										if (substitutionStart === -1) {
											substitutionStart = modifierRead + 1;
											substitutionEnd = modifierRead + 1;
										} else substitutionEnd = substitutionEnd + 1;
										modifier = arg.substring(modifierRead, modifierRead + 1);
										modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
										substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
									}
									let start = this.document.positionAt(offset + i);
									variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
									i = j;
									continue variableLoop;
								case ":":
									if (nameEnd === -1) nameEnd = j;
									else if (modifierRead !== -1) {
										if (substitutionStart === -1) {
											substitutionStart = j;
											substitutionEnd = j;
										} else substitutionEnd = j;
										escapedSubstitutionParameter += ":";
									} else modifierRead = j;
									escapedString += ":";
									break;
								case "\n":
								case "\r":
								case " ":
								case "	": break;
								default:
									if (nameEnd === -1) escapedName += char;
									else if (modifierRead !== -1) {
										if (substitutionStart === -1) {
											substitutionStart = j;
											substitutionEnd = j;
										} else substitutionEnd = j;
										escapedSubstitutionParameter += char;
									} else modifierRead = j;
									escapedString += char;
							}
						}
						break variableLoop;
					} else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) continue;
					else {
						let escapedName = "";
						nameLoop: for (let j = i + 1; j < arg.length; j++) {
							let char = arg.charAt(j);
							switch (char) {
								case "\r":
								case "\n":
								case " ":
								case "	": continue;
								case "$":
								case "'":
								case "\"":
									let varStart = this.document.positionAt(offset + i);
									variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
									i = j - 1;
									continue variableLoop;
								case this.escapeChar:
									for (let k = j + 1; k < arg.length; k++) switch (arg.charAt(k)) {
										case " ":
										case "	":
										case "\r": continue;
										case "\n":
											j = k;
											continue nameLoop;
									}
									let start = this.document.positionAt(offset + i);
									variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
									break variableLoop;
							}
							if (char.match(/^[a-z0-9_]+$/i) === null) {
								let varStart = this.document.positionAt(offset + i);
								variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
								i = j - 1;
								continue variableLoop;
							}
							escapedName += char;
						}
						let start = this.document.positionAt(offset + i);
						variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
					}
					break variableLoop;
			}
			return variables;
		}
		isBuildVariable(variable, line) {
			if (this.getKeyword() === main_1.Keyword.FROM) {
				for (const initialArg of this.dockerfile.getInitialARGs()) {
					const property = initialArg.getProperty();
					if (property && variable === property.getName()) return true;
				}
				return;
			}
			let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
			let envs = image.getENVs();
			for (let i = envs.length - 1; i >= 0; i--) if (envs[i].isBefore(line)) {
				for (let property of envs[i].getProperties()) if (property.getName() === variable) return false;
			}
			let args = image.getARGs();
			for (let i = args.length - 1; i >= 0; i--) if (args[i].isBefore(line)) {
				let property = args[i].getProperty();
				if (property && property.getName() === variable) return true;
			}
		}
		createSingleLineHeredocs(args) {
			const heredocs = [];
			for (const arg of args) {
				const value = arg.getValue();
				if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
					const startRange = arg.getRange();
					const nameRange = this.getNameRange(startRange);
					const name = this.getName(nameRange);
					heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
				}
			}
			return heredocs;
		}
		getName(nameRange) {
			const content = this.document.getText(nameRange);
			let escaping = false;
			let name = "";
			nameLoop: for (let i = 0; i < content.length; i++) {
				const ch = content.charAt(i);
				switch (ch) {
					case this.escapeChar:
						escaping = true;
						for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
							case " ":
							case "	": break;
							case "\r":
								i = j + 1;
								continue nameLoop;
							case "\n":
								i = j;
								continue nameLoop;
							default:
								name += content.charAt(j);
								i = j;
								continue nameLoop;
						}
						break;
					case "#": if (escaping) for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
						case "\n":
							i = j;
							continue nameLoop;
					}
					case " ":
					case "	":
					case "\r":
					case "\n": if (escaping) break;
					default: name += ch;
				}
			}
			return name;
		}
		getNameRange(startRange) {
			const content = this.document.getText(startRange);
			let endFound = false;
			let searchHyphen = false;
			let start = -1;
			let end = -1;
			let escaping = false;
			let quote = null;
			contentLoop: for (let i = 0; i < content.length; i++) {
				const ch = content.charAt(i);
				switch (ch) {
					case "\"":
					case "'":
						if (quote === ch) break contentLoop;
						quote = ch;
						continue;
					case this.escapeChar:
						for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
							case "\n":
								escaping = true;
								j = i;
								continue contentLoop;
						}
						break;
					case " ":
					case "	":
					case "\r":
					case "\n": break;
					case "<":
						if (endFound) searchHyphen = true;
						else endFound = true;
						break;
					case "-": if (searchHyphen) {
						searchHyphen = false;
						break;
					}
					case "#": if (escaping) for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
						case "\n":
							i = j;
							continue contentLoop;
					}
					default:
						if (start === -1) start = i;
						if (quote !== null) {
							end = i + 1;
							break;
						}
						break contentLoop;
				}
			}
			if (start === -1) return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
			const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
			const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
			return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
		}
		getHeredocs() {
			const args = this.getArguments();
			if (args.length === 0) return [];
			const heredocs = [];
			const range = this.getRange();
			if (range.start.line === range.end.line) return this.createSingleLineHeredocs(args);
			const heredocDefinitions = [];
			let heredocsProcessed = false;
			let escaping = false;
			let contentStart = -1;
			let contentEnd = -1;
			let lineStart = -1;
			let currentHeredoc = 0;
			const startOffset = this.document.offsetAt(args[0].getRange().start);
			const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
			contentLoop: for (let i = 0; i < content.length; i++) switch (content.charAt(i)) {
				case this.escapeChar:
					escaping = true;
					for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
						case " ":
						case "	": break;
						case "\r": j++;
						case "\n":
							i = j;
							continue contentLoop;
						default:
							i = j;
							continue contentLoop;
					}
					break;
				case "\r": break;
				case "\n":
					if (escaping) break;
					if (heredocsProcessed) {
						if (contentStart === -1) contentStart = i;
						contentEnd = i;
						const arg = heredocDefinitions[currentHeredoc];
						const startRange = arg.getRange();
						const nameRange = this.getNameRange(startRange);
						const name = this.getName(nameRange);
						const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
						if (delimiterRange !== null) {
							const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
							heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
							contentStart = -1;
							currentHeredoc++;
						}
						lineStart = -1;
					} else {
						const offsetLimit = startOffset + i;
						for (const arg of args) if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
							if (arg.getValue().startsWith("<<")) heredocDefinitions.push(arg);
						} else break;
						heredocsProcessed = true;
						lineStart = -1;
						continue contentLoop;
					}
					break;
				case " ":
				case "	": if (escaping) break;
				case "#": if (escaping) for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
					case "\n":
						i = j;
						continue contentLoop;
				}
				default:
					if (escaping) escaping = false;
					if (heredocsProcessed) {
						if (contentStart === -1) contentStart = i;
						if (lineStart === -1) lineStart = i;
					}
			}
			if (heredocsProcessed) {
				const arg = heredocDefinitions[currentHeredoc];
				const startRange = arg.getRange();
				const nameRange = this.getNameRange(startRange);
				const name = this.getName(nameRange);
				let contentRange = null;
				const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
				if (delimiterRange === null) contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
				else if (contentEnd !== -1) contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
				heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
				currentHeredoc++;
				for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
					const startRange = heredocDefinitions[currentHeredoc].getRange();
					const nameRange = this.getNameRange(startRange);
					const name = this.getName(nameRange);
					heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
					currentHeredoc++;
				}
			} else return this.createSingleLineHeredocs(args);
			return heredocs;
		}
		getDelimiterRange(startArg, name, candidateRange) {
			const text = this.document.getText(candidateRange);
			if (startArg.getValue().startsWith("<<-")) {
				let index = 0;
				while (text.charAt(index) === "	") index++;
				if (text.substring(index) === name) return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
				return null;
			}
			return text === name ? candidateRange : null;
		}
	};
	exports.Instruction = Instruction;
}));
// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.FlagOption = void 0;
	var FlagOption = class {
		constructor(range, name, nameRange, value, valueRange) {
			this.range = range;
			this.name = name;
			this.nameRange = nameRange;
			this.value = value;
			this.valueRange = valueRange;
		}
		toString() {
			if (this.valueRange !== null) return this.name + "=" + this.value;
			return this.name;
		}
		getRange() {
			return this.range;
		}
		getName() {
			return this.name;
		}
		getNameRange() {
			return this.nameRange;
		}
		getValue() {
			return this.value;
		}
		getValueRange() {
			return this.valueRange;
		}
	};
	exports.FlagOption = FlagOption;
}));
// node_modules/dockerfile-ast/lib/flag.js
var require_flag = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Flag = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const flagOption_1 = require_flagOption();
	var Flag = class {
		constructor(document, range, name, nameRange, value, valueRange) {
			this.options = [];
			this.range = range;
			this.name = name;
			this.nameRange = nameRange;
			this.value = value;
			this.valueRange = valueRange;
			if (this.value !== null) {
				let offset = document.offsetAt(valueRange.start);
				let nameStart = -1;
				let valueStart = -1;
				let hasOptions = false;
				for (let i = 0; i < value.length; i++) switch (value.charAt(i)) {
					case "=":
						hasOptions = true;
						if (valueStart === -1) {
							valueStart = i + 1;
							break;
						}
						break;
					case ",":
						this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
						nameStart = -1;
						valueStart = -1;
						break;
					default: if (nameStart === -1) nameStart = i;
				}
				if (hasOptions && nameStart !== -1) this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
			}
		}
		createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
			const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
			if (valueStart === -1) return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
			return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
		}
		toString() {
			if (this.valueRange) return "--" + this.name + "=" + this.value;
			return "--" + this.name;
		}
		/**
		* Returns the range that encompasses this entire flag. This includes the
		* -- prefix in the beginning to the last character of the flag's value (if
		* it has been defined).
		*
		* @return the entire range of this flag
		*/
		getRange() {
			return this.range;
		}
		/**
		* Returns the name of this flag. The name does not include the -- prefix.
		* Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
		* not --interval.
		*
		* @return this flag's name
		*/
		getName() {
			return this.name;
		}
		/**
		* Returns the range that encompasses the flag's name
		*
		* @return the range containing the flag's name
		*/
		getNameRange() {
			return this.nameRange;
		}
		/**
		* Returns the value that has been set to this flag. May be null if the
		* flag is invalid and has no value set like a --start-period. If the flag
		* is instead a --start-period= with an equals sign then the flag's value
		* is the empty string.
		*
		* @return this flag's value if it has been defined, null otherwise
		*/
		getValue() {
			return this.value;
		}
		/**
		* Returns the range that encompasses this flag's value. If no value has
		* been set then null will be returned.
		*
		* @return the range containing this flag's value, or null if the flag
		*         has no value defined
		*/
		getValueRange() {
			return this.valueRange;
		}
		getOption(name) {
			for (const option of this.options) if (option.getName() === name) return option;
			return null;
		}
		getOptions() {
			return this.options;
		}
		hasOptions() {
			return this.options.length > 0;
		}
	};
	exports.Flag = Flag;
}));
// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.ModifiableInstruction = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const flag_1 = require_flag();
	const instruction_1 = require_instruction();
	var ModifiableInstruction = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		getFlags() {
			if (!this.flags) {
				this.flags = [];
				for (let arg of this.getArguments()) {
					let value = arg.getValue();
					if (this.stopSearchingForFlags(value)) return this.flags;
					else if (value.indexOf("--") === 0) {
						let range = arg.getRange();
						let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
						let nameIndex = value.indexOf("=");
						let index = rawValue.indexOf("=");
						let firstMatch = false;
						let secondMatch = false;
						let startIndex = -1;
						nameSearchLoop: for (let i = 0; i < rawValue.length; i++) switch (rawValue.charAt(i)) {
							case "\\":
							case " ":
							case "	":
							case "\r":
							case "\n": break;
							case "-":
								if (secondMatch) {
									startIndex = i;
									break nameSearchLoop;
								} else if (firstMatch) secondMatch = true;
								else firstMatch = true;
								break;
							default:
								startIndex = i;
								break nameSearchLoop;
						}
						let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
						if (index === -1) this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
						else if (index === value.length - 1) {
							let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
							this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
						} else {
							let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
							this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
						}
					}
				}
			}
			return this.flags;
		}
		getArguments() {
			const args = super.getArguments();
			const flags = this.getFlags();
			if (flags.length === 0) return args;
			for (let i = 0; i < flags.length; i++) args.shift();
			return args;
		}
	};
	exports.ModifiableInstruction = ModifiableInstruction;
}));
// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.JSONInstruction = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const argument_1 = require_argument();
	const jsonArgument_1 = require_jsonArgument();
	const modifiableInstruction_1 = require_modifiableInstruction();
	var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
			this.openingBracket = null;
			this.closingBracket = null;
			this.jsonStrings = [];
			const argsContent = this.getRawArgumentsContent();
			if (argsContent === null) return;
			const args = this.getArguments();
			if (args.length === 1 && args[0].getValue() === "[]") {
				let argRange = args[0].getRange();
				this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
				this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
				return;
			} else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
				this.openingBracket = args[0];
				this.closingBracket = args[1];
				return;
			}
			const argsOffset = document.offsetAt(this.getArgumentsRange().start);
			let start = -1;
			let last = "";
			let quoted = false;
			let escapedArg = "";
			argsCheck: for (let i = 0; i < argsContent.length; i++) {
				let char = argsContent.charAt(i);
				switch (char) {
					case "[":
						if (last === "") {
							this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
							last = "[";
						} else if (quoted) escapedArg = escapedArg + char;
						else break argsCheck;
						break;
					case "\"":
						if (last === "[" || last === ",") {
							start = i;
							quoted = true;
							last = "\"";
							escapedArg = escapedArg + char;
							continue;
						} else if (last === "\"") {
							if (quoted) {
								escapedArg = escapedArg + char;
								quoted = false;
								this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
								escapedArg = "";
							} else break argsCheck;
						} else break argsCheck;
						break;
					case ",":
						if (quoted) escapedArg = escapedArg + char;
						else if (last === "\"") last = ",";
						else break argsCheck;
						break;
					case "]":
						if (quoted) escapedArg = escapedArg + char;
						else if (last !== "") {
							this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
							break argsCheck;
						}
						break;
					case " ":
					case "	": break;
					case "\\":
						if (quoted) switch (argsContent.charAt(i + 1)) {
							case "\"":
							case "\\":
								escapedArg = escapedArg + argsContent.charAt(i + 1);
								i++;
								continue;
							case " ":
							case "	":
								escapeCheck: for (let j = i + 2; j < argsContent.length; j++) switch (argsContent.charAt(j)) {
									case "\r": j++;
									case "\n":
										i = j;
										continue argsCheck;
									case " ":
									case "	": break;
									default: break escapeCheck;
								}
								break;
							case "\r": i++;
							default:
								i++;
								continue;
						}
						else escapeCheck: for (let j = i + 1; j < argsContent.length; j++) switch (argsContent.charAt(j)) {
							case "\r": j++;
							case "\n":
								i = j;
								continue argsCheck;
							case " ":
							case "	": break;
							default: break escapeCheck;
						}
						break argsCheck;
					default:
						if (!quoted) break argsCheck;
						escapedArg = escapedArg + char;
				}
			}
		}
		stopSearchingForFlags(_value) {
			return true;
		}
		getOpeningBracket() {
			return this.openingBracket;
		}
		getJSONStrings() {
			return this.jsonStrings;
		}
		getClosingBracket() {
			return this.closingBracket;
		}
	};
	exports.JSONInstruction = JSONInstruction;
}));
// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Add = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Add = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		stopSearchingForFlags(argument) {
			return argument.indexOf("--") === -1;
		}
	};
	exports.Add = Add;
}));
// node_modules/dockerfile-ast/lib/property.js
var require_property = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Property = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const util_1 = require_util();
	exports.Property = class Property {
		constructor(document, escapeChar, arg, arg2) {
			this.assignmentOperatorRange = null;
			this.assignmentOperator = null;
			this.valueRange = null;
			this.value = null;
			this.document = document;
			this.escapeChar = escapeChar;
			this.nameRange = Property.getNameRange(document, arg);
			let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
			this.name = Property.getValue(value, escapeChar);
			if (arg2) {
				this.valueRange = arg2.getRange();
				value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
				this.value = Property.getValue(value, escapeChar);
				this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
			} else {
				let argRange = arg.getRange();
				if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {} else {
					this.valueRange = Property.getValueRange(document, arg);
					value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
					this.value = Property.getValue(value, escapeChar);
					this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
					this.assignmentOperator = "=";
				}
				this.range = argRange;
			}
		}
		getRange() {
			return this.range;
		}
		getName() {
			return this.name;
		}
		getNameRange() {
			return this.nameRange;
		}
		getValue() {
			return this.value;
		}
		getValueRange() {
			return this.valueRange;
		}
		/**
		* Retrieves the operator used for delimiting between the name and
		* value of this property. This will either be the "=" character
		* or null if a character was not used or if this property has no
		* value defined.
		*/
		getAssignmentOperator() {
			return this.assignmentOperator;
		}
		getAssignmentOperatorRange() {
			return this.assignmentOperatorRange;
		}
		/**
		* Returns the value of this property including any enclosing
		* single or double quotes and relevant escape characters.
		* Escaped newlines and its associated contiguous whitespace
		* characters however will not be returned as they are deemed to
		* be uninteresting to clients trying to return a Dockerfile.
		*
		* @return the unescaped value of this property or null if this
		*         property has no associated value
		*/
		getUnescapedValue() {
			if (this.valueRange === null) return null;
			let escaped = false;
			let rawValue = "";
			let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
			rawLoop: for (let i = 0; i < value.length; i++) {
				let char = value.charAt(i);
				switch (char) {
					case this.escapeChar:
						for (let j = i + 1; j < value.length; j++) switch (value.charAt(j)) {
							case "\r": j++;
							case "\n":
								escaped = true;
								i = j;
								continue rawLoop;
							case " ":
							case "	": break;
							default:
								rawValue = rawValue + char;
								continue rawLoop;
						}
						rawValue = rawValue + char;
						break;
					case "\r":
					case "\n": break;
					case " ":
					case "	":
						if (!escaped) rawValue = rawValue + char;
						break;
					case "#":
						if (escaped) for (let j = i + 1; j < value.length; j++) switch (value.charAt(j)) {
							case "\r": j++;
							case "\n":
								i = j;
								continue rawLoop;
						}
						else rawValue = rawValue + char;
						break;
					default:
						rawValue = rawValue + char;
						escaped = false;
				}
			}
			return rawValue;
		}
		static getNameRange(document, arg) {
			let value = arg.getValue();
			let index = value.indexOf("=");
			if (index !== -1) {
				let initial = value.charAt(0);
				let before = value.charAt(index - 1);
				if (initial === "\"" && before === "\"" || initial === "'" && before === "'" || initial !== "\"" && initial !== "'") return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
			}
			return arg.getRange();
		}
		static getValueRange(document, arg) {
			return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
		}
		/**
		* Returns the actual value of this key-value pair. The value will
		* have its escape characters removed if applicable. If the value
		* spans multiple lines and there are comments nested within the
		* lines, they too will be removed.
		*
		* @return the value that this key-value pair will actually be, may
		*         be null if no value is defined, may be the empty string
		*         if the value only consists of whitespace
		*/
		static getValue(value, escapeChar) {
			let escaped = false;
			const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
			if (skip !== 0 && value.charAt(skip) === "#") escaped = true;
			value = value.substring(skip);
			let first = value.charAt(0);
			let last = value.charAt(value.length - 1);
			let literal = first === "'" || first === "\"";
			let inSingle = first === "'" && last === "'";
			let inDouble = false;
			if (first === "\"") {
				for (let i = 1; i < value.length; i++) if (value.charAt(i) === escapeChar) i++;
				else if (value.charAt(i) === "\"" && i === value.length - 1) inDouble = true;
			}
			if (inSingle || inDouble) value = value.substring(1, value.length - 1);
			let commentCheck = -1;
			let escapedValue = "";
			parseValue: for (let i = 0; i < value.length; i++) {
				let char = value.charAt(i);
				switch (char) {
					case escapeChar:
						if (i + 1 === value.length) {
							escapedValue = escapedValue + escapeChar;
							break parseValue;
						}
						char = value.charAt(i + 1);
						if (char === " " || char === "	") whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
							let char2 = value.charAt(j);
							switch (char2) {
								case " ":
								case "	": break;
								case "\r": j++;
								case "\n":
									escaped = true;
									i = j;
									continue parseValue;
								default:
									if (!inDouble && !inSingle && !literal) {
										if (char2 === escapeChar) {
											escapedValue = escapedValue + char;
											i = i + 1;
										} else {
											escapedValue = escapedValue + char + char2;
											i = j;
										}
										continue parseValue;
									}
									break whitespaceCheck;
							}
						}
						if (inDouble) {
							if (char === "\r") {
								escaped = true;
								i = i + 2;
							} else if (char === "\n") {
								escaped = true;
								i++;
							} else if (char !== "\"") {
								if (char === escapeChar) i++;
								escapedValue = escapedValue + escapeChar;
							}
							continue parseValue;
						} else if (inSingle || literal) {
							if (char === "\r") {
								escaped = true;
								i = i + 2;
							} else if (char === "\n") {
								escaped = true;
								i++;
							} else escapedValue = escapedValue + escapeChar;
							continue parseValue;
						} else if (char === escapeChar) {
							escapedValue = escapedValue + escapeChar;
							i++;
						} else if (char === "\r") {
							escaped = true;
							i = i + 2;
						} else if (char === "\n") {
							escaped = true;
							i++;
						} else {
							escapedValue = escapedValue + char;
							i++;
						}
						break;
					case " ":
					case "	":
						if (escaped && commentCheck === -1) commentCheck = i;
						escapedValue = escapedValue + char;
						break;
					case "\r": i++;
					case "\n":
						if (escaped && commentCheck !== -1) {
							escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
							commentCheck = -1;
						}
						break;
					case "#": if (escaped) {
						if (commentCheck !== -1) {
							escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
							commentCheck = -1;
						}
						newlineCheck: for (let j = i + 1; j < value.length; j++) switch (value.charAt(j)) {
							case "\r": j++;
							case "\n":
								i = j;
								break newlineCheck;
						}
						continue parseValue;
					}
					default:
						if (escaped) {
							escaped = false;
							commentCheck = -1;
						}
						escapedValue = escapedValue + char;
				}
			}
			return escapedValue;
		}
	};
}));
// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.PropertyInstruction = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const instruction_1 = require_instruction();
	const property_1 = require_property();
	const argument_1 = require_argument();
	const util_1 = require_util();
	var PropertyInstruction = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
			this.properties = void 0;
		}
		getProperties() {
			if (this.properties === void 0) {
				let args = this.getPropertyArguments();
				if (args.length === 0) this.properties = [];
				else if (args.length === 1) this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
				else if (args.length === 2) {
					if (args[0].getValue().indexOf("=") === -1) this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
					else this.properties = [new property_1.Property(this.document, this.escapeChar, args[0]), new property_1.Property(this.document, this.escapeChar, args[1])];
				} else if (args[0].getValue().indexOf("=") === -1) {
					let text = this.document.getText();
					let start = args[1].getRange().start;
					let end = args[args.length - 1].getRange().end;
					text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
					this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
				} else {
					this.properties = [];
					for (let i = 0; i < args.length; i++) this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
				}
			}
			return this.properties;
		}
		/**
		* Goes from the back of the string and returns the first
		* non-whitespace character that is found. If an escape character
		* is found with newline characters, the escape character will
		* not be considered a non-whitespace character and its index in
		* the string will not be returned.
		*
		* @param content the string to search through
		* @return the index in the string for the first non-whitespace
		*         character when searching from the end of the string
		*/
		findTrailingNonWhitespace(content) {
			let index = content.length;
			whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) switch (content.charAt(i)) {
				case " ":
				case "	": continue;
				case "\n": if (content.charAt(i - 1) === "\r") i = i - 1;
				case "\r":
					newlineCheck: for (let j = i - 1; j >= 0; j--) switch (content.charAt(j)) {
						case " ":
						case "	":
						case "\r":
						case "\n":
						case this.escapeChar: continue;
						default:
							index = j;
							break newlineCheck;
					}
					break whitespaceCheck;
				default:
					index = i;
					break whitespaceCheck;
			}
			return index;
		}
		getPropertyArguments() {
			const args = [];
			let range = this.getInstructionRange();
			let instructionNameEndOffset = this.document.offsetAt(range.end);
			let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
			let content = this.getTextContent();
			let fullArgs = content.substring(extra);
			let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
			if (start === -1) return [];
			const startPosition = this.document.positionAt(instructionNameEndOffset + start);
			let escaped = range.start.line !== startPosition.line;
			let endingEscape = false;
			let mark = -1;
			let end = this.findTrailingNonWhitespace(fullArgs);
			content = fullArgs.substring(start, end + 1);
			let argStart = escaped ? -1 : 0;
			let spaced = false;
			argumentLoop: for (let i = 0; i < content.length; i++) {
				let char = content.charAt(i);
				switch (char) {
					case this.escapeChar:
						if (i + 1 === content.length) {
							endingEscape = true;
							break argumentLoop;
						}
						if (!escaped) mark = i;
						switch (content.charAt(i + 1)) {
							case " ":
							case "	":
								if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
									i = i + 1;
									continue argumentLoop;
								}
								whitespaceCheck: for (let j = i + 2; j < content.length; j++) switch (content.charAt(j)) {
									case "\r": j++;
									case "\n":
										escaped = true;
										i = j;
										continue argumentLoop;
									case " ":
									case "	": break;
									default:
										args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
										argStart = j;
										break whitespaceCheck;
								}
								i = argStart - 1;
								continue argumentLoop;
							case "\r": i++;
							case "\n":
								escaped = true;
								i = i + 1;
								continue argumentLoop;
							case this.escapeChar:
								if (argStart === -1) argStart = i;
								i = i + 1;
								continue argumentLoop;
							default:
								if (argStart === -1) argStart = i;
								continue argumentLoop;
						}
					case "'":
					case "\"":
						if (spaced) {
							this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
							argStart = i;
							spaced = false;
						}
						if (argStart === -1) argStart = i;
						for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
							case char:
								if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
									i = j;
									continue argumentLoop;
								}
								args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
								i = j;
								argStart = -1;
								continue argumentLoop;
							case this.escapeChar: j++;
						}
						break argumentLoop;
					case " ":
					case "	":
						if (escaped) {
							if (argStart !== -1) spaced = true;
						} else if (argStart !== -1) {
							args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
							argStart = -1;
						}
						break;
					case "\r": i++;
					case "\n":
						spaced = false;
						break;
					case "#":
						if (escaped) {
							for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
								case "\r": j++;
								case "\n":
									i = j;
									spaced = false;
									continue argumentLoop;
							}
							if (argStart !== -1) {
								let value = content.substring(argStart, mark);
								args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
								argStart = -1;
							}
							break argumentLoop;
						} else if (argStart === -1) argStart = i;
						break;
					default:
						if (spaced) {
							this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
							argStart = i;
							spaced = false;
						}
						escaped = false;
						if (argStart === -1) argStart = i;
						if (char === "$" && content.charAt(i + 1) === "{") {
							let singleQuotes = false;
							let doubleQuotes = false;
							let escaped = false;
							for (let j = i + 1; j < content.length; j++) switch (content.charAt(j)) {
								case this.escapeChar:
									escaped = true;
									break;
								case "\r":
								case "\n": break;
								case "'":
									singleQuotes = !singleQuotes;
									escaped = false;
									break;
								case "\"":
									doubleQuotes = !doubleQuotes;
									escaped = false;
									break;
								case " ":
								case "	":
									if (escaped || singleQuotes || doubleQuotes) break;
									i = j - 1;
									continue argumentLoop;
								case "}":
									i = j;
									continue argumentLoop;
								default: escaped = false;
							}
							break argumentLoop;
						}
				}
			}
			if (argStart !== -1 && argStart !== content.length) {
				let end = endingEscape ? content.length - 1 : content.length;
				let value = content.substring(argStart, end);
				args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
			}
			return args;
		}
		createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
			if (argStart !== -1) args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
		}
	};
	exports.PropertyInstruction = PropertyInstruction;
}));
// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Arg = void 0;
	const property_1 = require_property();
	const propertyInstruction_1 = require_propertyInstruction();
	var Arg = class extends propertyInstruction_1.PropertyInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
			this.property = null;
			const args = this.getPropertyArguments();
			if (args.length === 1) this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
			else this.property = null;
		}
		/**
		* Returns the variable defined by this ARG. This may be null if
		* this ARG instruction is malformed and has no variable
		* declaration.
		*/
		getProperty() {
			return this.property;
		}
	};
	exports.Arg = Arg;
}));
// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Cmd = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Cmd = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.Cmd = Cmd;
}));
// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Copy = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Copy = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		stopSearchingForFlags(argument) {
			return argument.indexOf("--") === -1;
		}
		getFromFlag() {
			let flags = super.getFlags();
			return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
		}
		/**
		* Returns there here-documents that are defined in this RUN
		* instruction.
		*
		* This API is experimental and subject to change.
		*/
		getHeredocs() {
			return super.getHeredocs();
		}
	};
	exports.Copy = Copy;
}));
// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Env = void 0;
	const propertyInstruction_1 = require_propertyInstruction();
	var Env = class extends propertyInstruction_1.PropertyInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		getProperties() {
			return super.getProperties();
		}
	};
	exports.Env = Env;
}));
// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Entrypoint = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.Entrypoint = Entrypoint;
}));
// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.From = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const modifiableInstruction_1 = require_modifiableInstruction();
	var From = class extends modifiableInstruction_1.ModifiableInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		stopSearchingForFlags(argument) {
			return argument.indexOf("--") === -1;
		}
		getImage() {
			const args = this.getArguments();
			return args.length > 0 ? args[0].getValue() : null;
		}
		/**
		* Returns the name of the image that will be used as the base image.
		*
		* @return the base image's name, or null if unspecified
		*/
		getImageName() {
			const imageName = this.getRangeContent(this.getImageNameRange());
			if (imageName === null) return null;
			let commented = false;
			let escaped = false;
			let name = "";
			for (let i = 0; i < imageName.length; i++) {
				const ch = imageName.charAt(i);
				switch (ch) {
					case this.escapeChar:
						escaped = true;
						break;
					case "\r": continue;
					case "\n":
						commented = false;
						break;
					case " ":
					case "	": break;
					case "#":
						if (escaped) commented = true;
						else {
							name = name + ch;
							escaped = false;
						}
						break;
					default: if (!commented) {
						name = name + ch;
						escaped = false;
					}
				}
			}
			return name;
		}
		/**
		* Returns the range that covers the name of the image used by
		* this instruction.
		*
		* @return the range of the name of this instruction's argument,
		*         or null if no image has been specified
		*/
		getImageNameRange() {
			let range = this.getImageRange();
			if (range) {
				let registryRange = this.getRegistryRange();
				if (registryRange) range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
				let tagRange = this.getImageTagRange();
				let digestRange = this.getImageDigestRange();
				if (tagRange === null) {
					if (digestRange !== null) range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
				} else range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
				return range;
			}
			return null;
		}
		/**
		* Returns the range that covers the image argument of this
		* instruction. This includes the tag or digest of the image if
		* it has been specified by the instruction.
		*
		* @return the range of the image argument, or null if no image
		*         has been specified
		*/
		getImageRange() {
			let args = this.getArguments();
			return args.length !== 0 ? args[0].getRange() : null;
		}
		getImageTag() {
			return this.getRangeContent(this.getImageTagRange());
		}
		/**
		* Returns the range in the document that the tag of the base
		* image encompasses.
		*
		* @return the base image's tag's range in the document, or null
		*         if no tag has been specified
		*/
		getImageTagRange() {
			const range = this.getImageRange();
			if (range) {
				const rangeStartOffset = this.document.offsetAt(range.start);
				const content = this.getRangeContent(range);
				const atIndex = this.indexOf(rangeStartOffset, content, "@");
				const slashIndex = content.indexOf("/");
				if (atIndex === -1) {
					const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
					if (colonIndex > slashIndex) return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
				}
				const subcontent = content.substring(0, atIndex);
				const subcolonIndex = subcontent.indexOf(":");
				if (subcolonIndex === -1) return null;
				if (slashIndex === -1) return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
				if (subcolonIndex < slashIndex) return null;
				return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
			}
			return null;
		}
		getImageDigest() {
			return this.getRangeContent(this.getImageDigestRange());
		}
		/**
		* Returns the range in the document that the digest of the base
		* image encompasses.
		*
		* @return the base image's digest's range in the document, or null
		*         if no digest has been specified
		*/
		getImageDigestRange() {
			let range = this.getImageRange();
			if (range) {
				let content = this.getRangeContent(range);
				let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
				if (index !== -1) return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
			}
			return null;
		}
		indexOf(documentOffset, content, searchString) {
			let index = content.indexOf(searchString);
			const variables = this.getVariables();
			for (let i = 0; i < variables.length; i++) {
				const position = documentOffset + index;
				const variableRange = variables[i].getRange();
				if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
					const offset = this.document.offsetAt(variableRange.end) - documentOffset;
					const subIndex = content.substring(offset).indexOf(searchString);
					if (subIndex === -1) return -1;
					index = subIndex + offset;
					i = -1;
					continue;
				}
			}
			return index;
		}
		lastIndexOf(documentOffset, content, searchString) {
			let index = content.lastIndexOf(searchString);
			const variables = this.getVariables();
			for (let i = 0; i < variables.length; i++) {
				const position = documentOffset + index;
				const variableRange = variables[i].getRange();
				if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
					index = content.substring(0, index).lastIndexOf(searchString);
					if (index === -1) return -1;
					i = -1;
					continue;
				}
			}
			return index;
		}
		getRegistry() {
			return this.getRangeContent(this.getRegistryRange());
		}
		getRegistryRange() {
			const range = this.getImageRange();
			if (range) {
				const tagRange = this.getImageTagRange();
				const digestRange = this.getImageDigestRange();
				if (tagRange === null) {
					if (digestRange !== null) range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
				} else range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
				const content = this.getRangeContent(range);
				const rangeStart = this.document.offsetAt(range.start);
				const startingSlashIndex = this.indexOf(rangeStart, content, "/");
				if (startingSlashIndex === -1) return null;
				const portIndex = this.indexOf(rangeStart, content, ":");
				const dotIndex = this.indexOf(rangeStart, content, ".");
				if (portIndex !== -1 || dotIndex !== -1) return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
				if (content.substring(0, startingSlashIndex) === "localhost") return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
			}
			return null;
		}
		getBuildStage() {
			let range = this.getBuildStageRange();
			return range === null ? null : this.getRangeContent(range);
		}
		getBuildStageRange() {
			let args = this.getArguments();
			if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") return args[2].getRange();
			return null;
		}
		getPlatformFlag() {
			let flags = super.getFlags();
			return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
		}
	};
	exports.From = From;
}));
// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Healthcheck = void 0;
	const modifiableInstruction_1 = require_modifiableInstruction();
	var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		stopSearchingForFlags(argument) {
			argument = argument.toUpperCase();
			return argument === "CMD" || argument === "NONE";
		}
		getSubcommand() {
			let args = this.getArguments();
			return args.length !== 0 ? args[0] : null;
		}
	};
	exports.Healthcheck = Healthcheck;
}));
// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Label = void 0;
	const propertyInstruction_1 = require_propertyInstruction();
	const util_1 = require_util();
	var Label = class extends propertyInstruction_1.PropertyInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		getVariables() {
			const variables = super.getVariables();
			const properties = this.getProperties();
			for (const property of properties) {
				const value = property.getUnescapedValue();
				if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
					const range = property.getValueRange();
					for (let i = 0; i < variables.length; i++) if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
						variables.splice(i, 1);
						i--;
					}
				}
			}
			return variables;
		}
		getProperties() {
			return super.getProperties();
		}
	};
	exports.Label = Label;
}));
// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Onbuild = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const parser_1 = require_parser();
	const instruction_1 = require_instruction();
	var Onbuild = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		getTrigger() {
			let trigger = this.getTriggerWord();
			return trigger === null ? null : trigger.toUpperCase();
		}
		getTriggerWord() {
			return this.getRangeContent(this.getTriggerRange());
		}
		getTriggerRange() {
			let args = this.getArguments();
			return args.length > 0 ? args[0].getRange() : null;
		}
		getTriggerInstruction() {
			let triggerRange = this.getTriggerRange();
			if (triggerRange === null) return null;
			let args = this.getArguments();
			return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
		}
	};
	exports.Onbuild = Onbuild;
}));
// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Run = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Run = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		stopSearchingForFlags(argument) {
			return argument.indexOf("--") === -1;
		}
		/**
		* Returns there here-documents that are defined in this RUN
		* instruction.
		*
		* This API is experimental and subject to change.
		*/
		getHeredocs() {
			return super.getHeredocs();
		}
	};
	exports.Run = Run;
}));
// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Shell = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Shell = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.Shell = Shell;
}));
// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Stopsignal = void 0;
	const instruction_1 = require_instruction();
	var Stopsignal = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.Stopsignal = Stopsignal;
}));
// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Workdir = void 0;
	const instruction_1 = require_instruction();
	var Workdir = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
		/**
		* Returns the path that has been defined. Note that this path may
		* be absolute or relative depending on what was written in the
		* instruction.
		*
		* @return the working directory's path, or null if this
		*         instruction has no arguments
		*/
		getPath() {
			return this.getArgumentsContent();
		}
		/**
		* Returns the absolute path that this instruction resolves to. The
		* function will inspect prior WORKDIR instructions in the current
		* image or another build stage in the Dockerfile to try to
		* determine this.
		*
		* @return the absolute path of the working directory, or null if
		*         this instruction has no arguments, or undefined if it
		*         cannot be determined because only relative paths could be
		*         found
		*/
		getAbsolutePath() {
			const path = this.getPath();
			if (path === null || path.startsWith("/")) return path;
			const startLine = this.getRange().start.line;
			const hierarchy = this.dockerfile.getStageHierarchy(startLine);
			for (let i = hierarchy.length - 1; i >= 0; i--) {
				const workdirs = hierarchy[i].getWORKDIRs();
				for (let j = workdirs.length - 1; j >= 0; j--) if (workdirs[j].getRange().start.line < startLine) {
					const parent = workdirs[j].getAbsolutePath();
					if (parent === void 0 || parent === null) return;
					return parent.endsWith("/") ? parent + path : parent + "/" + path;
				}
			}
		}
	};
	exports.Workdir = Workdir;
}));
// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.User = void 0;
	const instruction_1 = require_instruction();
	var User = class extends instruction_1.Instruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.User = User;
}));
// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Volume = void 0;
	const jsonInstruction_1 = require_jsonInstruction();
	var Volume = class extends jsonInstruction_1.JSONInstruction {
		constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
			super(document, range, dockerfile, escapeChar, instruction, instructionRange);
		}
	};
	exports.Volume = Volume;
}));
// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.ImageTemplate = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const arg_1 = require_arg();
	const cmd_1 = require_cmd();
	const copy_1 = require_copy();
	const env_1 = require_env();
	const entrypoint_1 = require_entrypoint();
	const from_1 = require_from();
	const healthcheck_1 = require_healthcheck();
	const onbuild_1 = require_onbuild();
	const util_1 = require_util();
	const workdir_1 = require_workdir();
	var ImageTemplate = class {
		constructor() {
			this.comments = [];
			this.instructions = [];
		}
		addComment(comment) {
			this.comments.push(comment);
		}
		getComments() {
			return this.comments;
		}
		addInstruction(instruction) {
			this.instructions.push(instruction);
		}
		getInstructions() {
			return this.instructions;
		}
		getInstructionAt(line) {
			for (let instruction of this.instructions) if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) return instruction;
			return null;
		}
		/**
		* Gets all the ARG instructions that are defined in this image.
		*/
		getARGs() {
			let args = [];
			for (let instruction of this.instructions) if (instruction instanceof arg_1.Arg) args.push(instruction);
			return args;
		}
		/**
		* Gets all the CMD instructions that are defined in this image.
		*/
		getCMDs() {
			let cmds = [];
			for (let instruction of this.instructions) if (instruction instanceof cmd_1.Cmd) cmds.push(instruction);
			return cmds;
		}
		/**
		* Gets all the COPY instructions that are defined in this image.
		*/
		getCOPYs() {
			let copies = [];
			for (let instruction of this.instructions) if (instruction instanceof copy_1.Copy) copies.push(instruction);
			return copies;
		}
		/**
		* Gets all the ENTRYPOINT instructions that are defined in this image.
		*/
		getENTRYPOINTs() {
			let froms = [];
			for (let instruction of this.instructions) if (instruction instanceof entrypoint_1.Entrypoint) froms.push(instruction);
			return froms;
		}
		/**
		* Gets all the ENV instructions that are defined in this image.
		*/
		getENVs() {
			let args = [];
			for (let instruction of this.instructions) if (instruction instanceof env_1.Env) args.push(instruction);
			return args;
		}
		getFROM() {
			for (const instruction of this.instructions) if (instruction instanceof from_1.From) return instruction;
			return null;
		}
		/**
		* Gets all the FROM instructions that are defined in this image.
		*/
		getFROMs() {
			let froms = [];
			for (let instruction of this.instructions) if (instruction instanceof from_1.From) froms.push(instruction);
			return froms;
		}
		/**
		* Gets all the HEALTHCHECK instructions that are defined in this image.
		*/
		getHEALTHCHECKs() {
			let froms = [];
			for (let instruction of this.instructions) if (instruction instanceof healthcheck_1.Healthcheck) froms.push(instruction);
			return froms;
		}
		getWORKDIRs() {
			const workdirs = [];
			for (const instruction of this.instructions) if (instruction instanceof workdir_1.Workdir) workdirs.push(instruction);
			return workdirs;
		}
		getOnbuildTriggers() {
			let triggers = [];
			for (let instruction of this.instructions) if (instruction instanceof onbuild_1.Onbuild) {
				let trigger = instruction.getTriggerInstruction();
				if (trigger) triggers.push(trigger);
			}
			return triggers;
		}
		getAvailableVariables(currentLine) {
			const variables = [];
			for (const arg of this.getARGs()) if (arg.isBefore(currentLine)) {
				const property = arg.getProperty();
				if (property) {
					const variable = property.getName();
					if (variables.indexOf(variable) === -1) variables.push(variable);
				}
			}
			for (const env of this.getENVs()) if (env.isBefore(currentLine)) for (const property of env.getProperties()) {
				const variable = property.getName();
				if (variables.indexOf(variable) === -1) variables.push(variable);
			}
			return variables;
		}
		/**
		* Resolves a variable with the given name at the specified line
		* to its value. If null is returned, then the variable has been
		* defined but no value was given. If undefined is returned, then
		* a variable with the given name has not been defined yet as of
		* the given line.
		*
		* @param variable the name of the variable to resolve
		* @param line the line number that the variable is on, zero-based
		* @return the value of the variable as defined by an ARG or ENV
		*         instruction, or null if no value has been specified, or
		*         undefined if a variable with the given name has not
		*         been defined
		*/
		resolveVariable(variable, line) {
			let envs = this.getENVs();
			for (let i = envs.length - 1; i >= 0; i--) if (envs[i].isBefore(line)) {
				for (let property of envs[i].getProperties()) if (property.getName() === variable) return property.getValue();
			}
			let args = this.getARGs();
			for (let i = args.length - 1; i >= 0; i--) if (args[i].isBefore(line)) {
				let property = args[i].getProperty();
				if (property && property.getName() === variable) return property.getValue();
			}
		}
		getRange() {
			const instructions = this.getInstructions();
			if (instructions.length === 0) return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
			const instructionStart = instructions[0].getRange().start;
			const instructionEnd = instructions[instructions.length - 1].getRange().end;
			return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
		}
		contains(position) {
			const range = this.getRange();
			if (range === null) return false;
			return util_1.Util.isInsideRange(position, range);
		}
	};
	exports.ImageTemplate = ImageTemplate;
}));
// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Dockerfile = void 0;
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const ast = require_main();
	const imageTemplate_1 = require_imageTemplate();
	const from_1 = require_from();
	const util_1 = require_util();
	const main_1 = require_main();
	var Dockerfile = class extends imageTemplate_1.ImageTemplate {
		constructor(document) {
			super();
			this.initialInstructions = new imageTemplate_1.ImageTemplate();
			this.buildStages = [];
			this.directives = [];
			/**
			* Whether a FROM instruction has been added to this Dockerfile or not.
			*/
			this.foundFrom = false;
			this.document = document;
		}
		getEscapeCharacter() {
			for (const directive of this.directives) if (directive.getDirective() === ast.Directive.escape) {
				const value = directive.getValue();
				if (value === "\\" || value === "`") return value;
			}
			return "\\";
		}
		getInitialARGs() {
			return this.initialInstructions.getARGs();
		}
		getContainingImage(position) {
			let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
			if (!util_1.Util.isInsideRange(position, range)) return null;
			if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
				if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) return this.initialInstructions;
			}
			for (const buildStage of this.buildStages) if (util_1.Util.isInsideRange(position, buildStage.getRange())) return buildStage;
			return this;
		}
		addInstruction(instruction) {
			if (instruction.getKeyword() === main_1.Keyword.FROM) {
				this.currentBuildStage = new imageTemplate_1.ImageTemplate();
				this.buildStages.push(this.currentBuildStage);
				this.foundFrom = true;
			} else if (!this.foundFrom) this.initialInstructions.addInstruction(instruction);
			if (this.foundFrom) this.currentBuildStage.addInstruction(instruction);
			super.addInstruction(instruction);
		}
		setDirectives(directives) {
			this.directives = directives;
		}
		getDirective() {
			return this.directives.length === 0 ? null : this.directives[0];
		}
		getDirectives() {
			return this.directives;
		}
		resolveVariable(variable, line) {
			for (let from of this.getFROMs()) {
				let range = from.getRange();
				if (range.start.line <= line && line <= range.end.line) {
					let initialARGs = new imageTemplate_1.ImageTemplate();
					for (let instruction of this.initialInstructions.getARGs()) initialARGs.addInstruction(instruction);
					return initialARGs.resolveVariable(variable, line);
				}
			}
			let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
			if (image === null) return;
			let resolvedVariable = image.resolveVariable(variable, line);
			if (resolvedVariable === null) {
				let initialARGs = new imageTemplate_1.ImageTemplate();
				for (let instruction of this.initialInstructions.getARGs()) initialARGs.addInstruction(instruction);
				return initialARGs.resolveVariable(variable, line);
			}
			return resolvedVariable;
		}
		getAvailableVariables(currentLine) {
			if (this.getInstructionAt(currentLine) instanceof from_1.From) {
				let variables = [];
				for (let arg of this.getInitialARGs()) {
					let property = arg.getProperty();
					if (property) variables.push(property.getName());
				}
				return variables;
			}
			let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
			return image ? image.getAvailableVariables(currentLine) : [];
		}
		getParentStage(image) {
			const templateFrom = image.getFROM();
			const imageName = templateFrom === null ? null : templateFrom.getImageName();
			if (imageName === null) return null;
			for (const from of this.getFROMs()) if (from.getBuildStage() === imageName) {
				const range = from.getRange();
				if (range.start.line === templateFrom.getRange().start.line) return null;
				return this.getContainingImage(range.start);
			}
			return null;
		}
		getStageHierarchy(line) {
			const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
			if (image === null) return [];
			const stages = [image];
			let stage = this.getParentStage(image);
			while (stage !== null) {
				stages.splice(0, 0, stage);
				stage = this.getParentStage(stage);
			}
			return stages;
		}
		getAvailableWorkingDirectories(line) {
			const availableDirectories = /* @__PURE__ */ new Set();
			for (const image of this.getStageHierarchy(line)) for (const workdir of image.getWORKDIRs()) if (workdir.getRange().end.line < line) {
				let directory = workdir.getAbsolutePath();
				if (directory !== void 0 && directory !== null) {
					if (!directory.endsWith("/")) directory += "/";
					availableDirectories.add(directory);
				}
			}
			return Array.from(availableDirectories);
		}
		/**
		* Internally reorganize the comments in the Dockerfile and allocate
		* them to the relevant build stages that they belong to.
		*/
		organizeComments() {
			const comments = this.getComments();
			for (let i = 0; i < comments.length; i++) if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) this.initialInstructions.addComment(comments[i]);
			else for (const buildStage of this.buildStages) if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) buildStage.addComment(comments[i]);
		}
		getRange() {
			const comments = this.getComments();
			const instructions = this.getInstructions();
			let range = null;
			if (comments.length === 0) {
				if (instructions.length > 0) range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
			} else if (instructions.length === 0) range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
			else {
				const commentStart = comments[0].getRange().start;
				const commentEnd = comments[comments.length - 1].getRange().end;
				const instructionStart = instructions[0].getRange().start;
				const instructionEnd = instructions[instructions.length - 1].getRange().end;
				if (commentStart.line < instructionStart.line) {
					if (commentEnd.line < instructionEnd.line) range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
					range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
				} else if (commentEnd.line < instructionEnd.line) range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
				else range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
			}
			if (range === null) {
				if (this.directives.length === 0) return null;
				return this.directives[0].getRange();
			} else if (this.directives.length === 0) return range;
			return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
		}
	};
	exports.Dockerfile = Dockerfile;
}));
// node_modules/dockerfile-ast/lib/parser.js
var require_parser = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Parser = void 0;
	const vscode_languageserver_textdocument_1 = (init_main(), __toCommonJS(main_exports));
	const vscode_languageserver_types_1 = (init_main$1(), __toCommonJS(main_exports$1));
	const comment_1 = require_comment();
	const parserDirective_1 = require_parserDirective();
	const instruction_1 = require_instruction();
	const add_1 = require_add();
	const arg_1 = require_arg();
	const cmd_1 = require_cmd();
	const copy_1 = require_copy();
	const env_1 = require_env();
	const entrypoint_1 = require_entrypoint();
	const from_1 = require_from();
	const healthcheck_1 = require_healthcheck();
	const label_1 = require_label();
	const onbuild_1 = require_onbuild();
	const run_1 = require_run();
	const shell_1 = require_shell();
	const stopsignal_1 = require_stopsignal();
	const workdir_1 = require_workdir();
	const user_1 = require_user();
	const volume_1 = require_volume();
	const dockerfile_1 = require_dockerfile();
	const util_1 = require_util();
	const main_1 = require_main();
	exports.Parser = class Parser {
		constructor() {
			this.escapeChar = null;
		}
		static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
			switch (instruction.toUpperCase()) {
				case "ADD": return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "ARG": return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "CMD": return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "COPY": return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "ENTRYPOINT": return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "ENV": return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "FROM": return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "HEALTHCHECK": return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "LABEL": return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "ONBUILD": return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "RUN": return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "SHELL": return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "STOPSIGNAL": return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "WORKDIR": return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "USER": return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
				case "VOLUME": return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
			}
			return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
		}
		getParserDirectives(document, buffer) {
			const directives = [];
			this.escapeChar = "";
			const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
			directiveCheck: for (let i = offset; i < buffer.length; i++) switch (buffer.charAt(i)) {
				case " ":
				case "	": break;
				case "\r":
				case "\n": break directiveCheck;
				case "#":
					let directiveStart = -1;
					let directiveEnd = -1;
					for (let j = i + 1; j < buffer.length; j++) {
						let char = buffer.charAt(j);
						switch (char) {
							case " ":
							case "	":
								if (directiveStart !== -1 && directiveEnd === -1) directiveEnd = j;
								break;
							case "\r":
							case "\n": break directiveCheck;
							case "=":
								let valueStart = -1;
								let valueEnd = -1;
								if (directiveEnd === -1) directiveEnd = j;
								let lineEnd = buffer.length;
								directiveValue: for (let k = j + 1; k < buffer.length; k++) {
									char = buffer.charAt(k);
									switch (char) {
										case "\r":
										case "\n":
											if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
											lineEnd = k;
											break directiveValue;
										case "	":
										case " ":
											if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
											continue;
										default: if (valueStart === -1) valueStart = k;
									}
								}
								if (directiveStart === -1) break directiveCheck;
								if (valueStart === -1) {
									valueStart = j + 1;
									valueEnd = lineEnd;
								} else if (valueEnd === -1) valueEnd = buffer.length;
								const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
								const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
								const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
								directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
								directiveStart = -1;
								if (buffer.charAt(valueEnd) === "\r") i = valueEnd + 1;
								else i = valueEnd;
								continue directiveCheck;
							default: if (directiveStart === -1) directiveStart = j;
						}
					}
					break;
				default: break directiveCheck;
			}
			return directives;
		}
		parse(buffer) {
			this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
			this.buffer = buffer;
			let dockerfile = new dockerfile_1.Dockerfile(this.document);
			let directives = this.getParserDirectives(this.document, this.buffer);
			let offset = 0;
			this.escapeChar = "\\";
			if (directives.length > 0) {
				dockerfile.setDirectives(directives);
				this.escapeChar = dockerfile.getEscapeCharacter();
				offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
			} else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) offset = 1;
			for (let i = offset; i < this.buffer.length; i++) {
				const char = this.buffer.charAt(i);
				switch (char) {
					case " ":
					case "	":
					case "\r":
					case "\n": break;
					case "#":
						i = this.processComment(dockerfile, i);
						break;
					default: i = this.processInstruction(dockerfile, char, i);
				}
			}
			dockerfile.organizeComments();
			return dockerfile;
		}
		processInstruction(dockerfile, char, start) {
			let instruction = char;
			let instructionEnd = -1;
			let escapedInstruction = false;
			instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
				char = this.buffer.charAt(i);
				switch (char) {
					case this.escapeChar:
						escapedInstruction = true;
						char = this.buffer.charAt(i + 1);
						if (char === "\r" || char === "\n") {
							if (instructionEnd === -1) instructionEnd = i;
							i++;
						} else if (char === " " || char === "	") {
							for (let j = i + 2; j < this.buffer.length; j++) switch (this.buffer.charAt(j)) {
								case " ":
								case "	": break;
								case "\r":
								case "\n":
									i = j;
									continue instructionCheck;
								default:
									instructionEnd = i + 1;
									instruction = instruction + this.escapeChar;
									i = j - 2;
									continue instructionCheck;
							}
							instructionEnd = i + 1;
							instruction = instruction + this.escapeChar;
							break instructionCheck;
						} else {
							instructionEnd = i + 1;
							instruction = instruction + this.escapeChar;
							escapedInstruction = false;
						}
						break;
					case " ":
					case "	":
						if (escapedInstruction) {
							escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) switch (this.buffer.charAt(j)) {
								case " ":
								case "	": break;
								case "\r":
								case "\n":
									i = j;
									continue instructionCheck;
								default: break escapeCheck;
							}
							escapedInstruction = false;
						}
						if (instructionEnd === -1) instructionEnd = i;
						i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
						dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
						return i;
					case "\r":
					case "\n":
						if (escapedInstruction) continue;
						if (instructionEnd === -1) instructionEnd = i;
						dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
						return i;
					case "#": if (escapedInstruction) continue;
					default:
						instructionEnd = i + 1;
						instruction = instruction + char;
						escapedInstruction = false;
				}
			}
			if (instructionEnd === -1) instructionEnd = this.buffer.length;
			dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
			return this.buffer.length;
		}
		processHeredocs(instruction, offset) {
			let keyword = instruction.getKeyword();
			if (keyword === main_1.Keyword.ONBUILD) {
				instruction = instruction.getTriggerInstruction();
				if (instruction === null) return offset;
				keyword = instruction.getKeyword();
			}
			if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) return offset;
			const heredocs = [];
			let tabbed = false;
			for (const arg of instruction.getArguments()) {
				const value = arg.getValue();
				if (value.startsWith("<<") && value.length > 2) {
					if (value.startsWith("<<-")) tabbed = true;
					const name = util_1.Util.parseHeredocName(value);
					if (name !== null) heredocs.push(name);
				}
			}
			if (heredocs.length > 0) for (const heredoc of heredocs) offset = this.parseHeredoc(heredoc, offset, tabbed);
			return offset;
		}
		processArguments(dockerfile, instruction, instructionEnd, start, offset) {
			let escaped = false;
			argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) switch (this.buffer.charAt(i)) {
				case "\r":
				case "\n":
					if (escaped) continue;
					return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
				case this.escapeChar:
					const next = this.buffer.charAt(i + 1);
					if (next === "\n" || next === "\r") {
						escaped = true;
						i++;
					} else if (next === " " || next === "	") {
						for (let j = i + 2; j < this.buffer.length; j++) switch (this.buffer.charAt(j)) {
							case " ":
							case "	": break;
							case "\r":
							case "\n": escaped = true;
							default:
								i = j;
								continue argumentsCheck;
						}
						return this.buffer.length;
					}
					continue;
				case "#":
					if (escaped) {
						i = this.processComment(dockerfile, i);
						continue argumentsCheck;
					}
					break;
				case " ":
				case "	": break;
				default: if (escaped) escaped = false;
			}
			return this.buffer.length;
		}
		processComment(dockerfile, start) {
			let end = this.buffer.length;
			commentLoop: for (let i = start + 1; i < this.buffer.length; i++) switch (this.buffer.charAt(i)) {
				case "\r":
				case "\n":
					end = i;
					break commentLoop;
			}
			const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
			dockerfile.addComment(new comment_1.Comment(this.document, range));
			return end;
		}
		parseHeredoc(heredocName, offset, tabbed) {
			let startWord = -1;
			let lineStart = true;
			for (let i = offset; i < this.buffer.length; i++) switch (this.buffer.charAt(i)) {
				case " ":
					lineStart = false;
					break;
				case "	":
					if (!tabbed) lineStart = false;
					break;
				case "\r":
				case "\n":
					if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) return i;
					startWord = -1;
					lineStart = true;
					break;
				default: if (lineStart) {
					startWord = i;
					lineStart = false;
				}
			}
			return this.buffer.length;
		}
		createInstruction(dockerfile, instruction, start, instructionEnd, end) {
			const startPosition = this.document.positionAt(start);
			const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
			const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
			return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
		}
	};
}));
// node_modules/dockerfile-ast/lib/main.js
var require_main = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
	var argument_1 = require_argument();
	Object.defineProperty(exports, "Argument", {
		enumerable: true,
		get: function() {
			return argument_1.Argument;
		}
	});
	var jsonArgument_1 = require_jsonArgument();
	Object.defineProperty(exports, "JSONArgument", {
		enumerable: true,
		get: function() {
			return jsonArgument_1.JSONArgument;
		}
	});
	const comment_1 = require_comment();
	Object.defineProperty(exports, "Comment", {
		enumerable: true,
		get: function() {
			return comment_1.Comment;
		}
	});
	const parser_1 = require_parser();
	var flag_1 = require_flag();
	Object.defineProperty(exports, "Flag", {
		enumerable: true,
		get: function() {
			return flag_1.Flag;
		}
	});
	const instruction_1 = require_instruction();
	Object.defineProperty(exports, "Instruction", {
		enumerable: true,
		get: function() {
			return instruction_1.Instruction;
		}
	});
	var line_1 = require_line();
	Object.defineProperty(exports, "Line", {
		enumerable: true,
		get: function() {
			return line_1.Line;
		}
	});
	const parserDirective_1 = require_parserDirective();
	Object.defineProperty(exports, "ParserDirective", {
		enumerable: true,
		get: function() {
			return parserDirective_1.ParserDirective;
		}
	});
	var property_1 = require_property();
	Object.defineProperty(exports, "Property", {
		enumerable: true,
		get: function() {
			return property_1.Property;
		}
	});
	var variable_1 = require_variable();
	Object.defineProperty(exports, "Variable", {
		enumerable: true,
		get: function() {
			return variable_1.Variable;
		}
	});
	var add_1 = require_add();
	Object.defineProperty(exports, "Add", {
		enumerable: true,
		get: function() {
			return add_1.Add;
		}
	});
	const arg_1 = require_arg();
	Object.defineProperty(exports, "Arg", {
		enumerable: true,
		get: function() {
			return arg_1.Arg;
		}
	});
	const cmd_1 = require_cmd();
	Object.defineProperty(exports, "Cmd", {
		enumerable: true,
		get: function() {
			return cmd_1.Cmd;
		}
	});
	const copy_1 = require_copy();
	Object.defineProperty(exports, "Copy", {
		enumerable: true,
		get: function() {
			return copy_1.Copy;
		}
	});
	const entrypoint_1 = require_entrypoint();
	Object.defineProperty(exports, "Entrypoint", {
		enumerable: true,
		get: function() {
			return entrypoint_1.Entrypoint;
		}
	});
	const env_1 = require_env();
	Object.defineProperty(exports, "Env", {
		enumerable: true,
		get: function() {
			return env_1.Env;
		}
	});
	const from_1 = require_from();
	Object.defineProperty(exports, "From", {
		enumerable: true,
		get: function() {
			return from_1.From;
		}
	});
	const healthcheck_1 = require_healthcheck();
	Object.defineProperty(exports, "Healthcheck", {
		enumerable: true,
		get: function() {
			return healthcheck_1.Healthcheck;
		}
	});
	var heredoc_1 = require_heredoc();
	Object.defineProperty(exports, "Heredoc", {
		enumerable: true,
		get: function() {
			return heredoc_1.Heredoc;
		}
	});
	var jsonInstruction_1 = require_jsonInstruction();
	Object.defineProperty(exports, "JSONInstruction", {
		enumerable: true,
		get: function() {
			return jsonInstruction_1.JSONInstruction;
		}
	});
	var label_1 = require_label();
	Object.defineProperty(exports, "Label", {
		enumerable: true,
		get: function() {
			return label_1.Label;
		}
	});
	var modifiableInstruction_1 = require_modifiableInstruction();
	Object.defineProperty(exports, "ModifiableInstruction", {
		enumerable: true,
		get: function() {
			return modifiableInstruction_1.ModifiableInstruction;
		}
	});
	var onbuild_1 = require_onbuild();
	Object.defineProperty(exports, "Onbuild", {
		enumerable: true,
		get: function() {
			return onbuild_1.Onbuild;
		}
	});
	var propertyInstruction_1 = require_propertyInstruction();
	Object.defineProperty(exports, "PropertyInstruction", {
		enumerable: true,
		get: function() {
			return propertyInstruction_1.PropertyInstruction;
		}
	});
	var run_1 = require_run();
	Object.defineProperty(exports, "Run", {
		enumerable: true,
		get: function() {
			return run_1.Run;
		}
	});
	var shell_1 = require_shell();
	Object.defineProperty(exports, "Shell", {
		enumerable: true,
		get: function() {
			return shell_1.Shell;
		}
	});
	var stopsignal_1 = require_stopsignal();
	Object.defineProperty(exports, "Stopsignal", {
		enumerable: true,
		get: function() {
			return stopsignal_1.Stopsignal;
		}
	});
	var user_1 = require_user();
	Object.defineProperty(exports, "User", {
		enumerable: true,
		get: function() {
			return user_1.User;
		}
	});
	var volume_1 = require_volume();
	Object.defineProperty(exports, "Volume", {
		enumerable: true,
		get: function() {
			return volume_1.Volume;
		}
	});
	const workdir_1 = require_workdir();
	Object.defineProperty(exports, "Workdir", {
		enumerable: true,
		get: function() {
			return workdir_1.Workdir;
		}
	});
	var Keyword;
	(function(Keyword) {
		Keyword["ADD"] = "ADD";
		Keyword["ARG"] = "ARG";
		Keyword["CMD"] = "CMD";
		Keyword["COPY"] = "COPY";
		Keyword["ENTRYPOINT"] = "ENTRYPOINT";
		Keyword["ENV"] = "ENV";
		Keyword["EXPOSE"] = "EXPOSE";
		Keyword["FROM"] = "FROM";
		Keyword["HEALTHCHECK"] = "HEALTHCHECK";
		Keyword["LABEL"] = "LABEL";
		Keyword["MAINTAINER"] = "MAINTAINER";
		Keyword["ONBUILD"] = "ONBUILD";
		Keyword["RUN"] = "RUN";
		Keyword["SHELL"] = "SHELL";
		Keyword["STOPSIGNAL"] = "STOPSIGNAL";
		Keyword["USER"] = "USER";
		Keyword["VOLUME"] = "VOLUME";
		Keyword["WORKDIR"] = "WORKDIR";
	})(Keyword || (exports.Keyword = Keyword = {}));
	var Directive;
	(function(Directive) {
		Directive["escape"] = "escape";
		Directive["syntax"] = "syntax";
	})(Directive || (exports.Directive = Directive = {}));
	exports.DefaultVariables = [
		"ALL_PROXY",
		"all_proxy",
		"FTP_PROXY",
		"ftp_proxy",
		"HTTP_PROXY",
		"http_proxy",
		"HTTPS_PROXY",
		"https_proxy",
		"NO_PROXY",
		"no_proxy"
	];
	var DockerfileParser;
	(function(DockerfileParser) {
		function parse(content) {
			return new parser_1.Parser().parse(content);
		}
		DockerfileParser.parse = parse;
	})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));
}));
// src/locate/dockerfile/offsets.ts
var import_main = require_main();
/** Offsets of the line starts of a text, with `\r\n`, `\n` and `\r` as line breaks (as LSP ranges count). */
function lineStarts(text) {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (c === 10) starts.push(i + 1);
	}
	return starts;
}
function offsets(starts) {
	return (line, character) => (starts[line] ?? starts[starts.length - 1]) + character;
}
// src/locate/dockerfile/index.ts
/**
* Image references of a Dockerfile / Containerfile: `FROM` (with `--platform` and `AS name`),
* `COPY --from=<image>`, `RUN --mount=…,from=<image>` and the `# syntax=` frontend image. Stage names
* (an earlier `AS name`, a stage index, or a name computed from build arguments that can only be a
* stage) and `scratch` are not images. References composed from global `ARG`s (`ARG BASE=alpine:3.20`
* / `FROM ${BASE}`) are resolved with the ARG defaults and rewritten where the changing text is (the
* default, or the literal part of the `FROM`); one whose image is only known at build time (an ARG
* without a default) is reported as written.
*
* Parsed with `dockerfile-ast` (ranges for every instruction, flag, flag option, ARG value and parser
* directive; heredocs, line continuations, the escape directive and CRLF are understood).
*/
function locateDockerfile(text) {
	const dockerfile = import_main.DockerfileParser.parse(text);
	const at = offsets(lineStarts(text));
	const sites = [];
	for (const directive of dockerfile.getDirectives()) {
		if (directive.getName().toLowerCase() !== "syntax") continue;
		const span = rangeSpan(at, directive.getValueRange());
		const value = directive.getValue();
		if (!value || text.slice(span.start, span.end) !== value) continue;
		sites.push(literalSite(text, span, value, {
			field: "# syntax",
			shape: "dockerfile-syntax"
		}));
	}
	const globals = /* @__PURE__ */ new Map();
	for (const arg of dockerfile.getInitialARGs()) {
		const property = arg.getProperty();
		const name = property?.getName();
		if (!property || !name) continue;
		const value = property.getValue();
		const range = property.getValueRange();
		globals.set(name, value === null || !range ? { value: null } : {
			value,
			...rawValue(text, at, range, value)
		});
	}
	const stages = [];
	const isStage = (name) => {
		const lower = name.toLowerCase();
		return stages.includes(lower) || /^\d+$/.test(name);
	};
	for (const instruction of dockerfile.getInstructions()) {
		const keyword = instruction.getKeyword();
		if (keyword === "FROM") {
			const from = instruction;
			const range = from.getImageRange();
			const stage = from.getBuildStage();
			if (range) {
				const site = imageSite(text, rangeSpan(at, range), from.getImage(), globals, isStage, stages, {
					field: stage ? `FROM (stage ${stage})` : "FROM",
					kind: "from"
				});
				if (site) sites.push(site);
			}
			if (stage) stages.push(stage.toLowerCase());
			continue;
		}
		if (keyword !== "COPY" && keyword !== "RUN" && keyword !== "ADD") continue;
		const flags = instruction.getFlags();
		for (const flag of flags) {
			const name = flag.getName().toLowerCase();
			if (keyword === "COPY" && name === "from") {
				const range = flag.getValueRange();
				const value = flag.getValue();
				if (!range || !value) continue;
				const site = imageSite(text, rangeSpan(at, range), value, globals, isStage, stages, {
					field: "COPY --from",
					kind: "copy"
				});
				if (site) sites.push(site);
			} else if (keyword === "RUN" && name === "mount") for (const option of flag.getOptions()) {
				if (option.getName().toLowerCase() !== "from") continue;
				const range = option.getValueRange();
				const value = option.getValue();
				if (!range || !value) continue;
				const site = imageSite(text, rangeSpan(at, range), value, globals, isStage, stages, {
					field: "RUN --mount from",
					kind: "mount"
				});
				if (site) sites.push(site);
			}
		}
	}
	return sites;
}
/** The number of instructions of a Dockerfile text: an edit must keep it (and the keywords). */
function dockerfileShape(text) {
	return import_main.DockerfileParser.parse(text).getInstructions().map((i) => i.getKeyword()).join(" ");
}
function rangeSpan(at, range) {
	return {
		start: at(range.start.line, range.start.character),
		end: at(range.end.line, range.end.character)
	};
}
/** Where an ARG's default is written, if its source text is the value (maybe inside plain quotes). */
function rawValue(text, at, range, value) {
	const span = rangeSpan(at, range);
	const raw = text.slice(span.start, span.end);
	if (raw === value) return { span };
	const q = raw[0];
	if ((q === "\"" || q === "'") && raw.length >= 2 && raw.endsWith(q) && raw.slice(1, -1) === value) return { span: {
		start: span.start + 1,
		end: span.end - 1
	} };
	return {};
}
const SHAPES = {
	from: ["dockerfile-from", "dockerfile-from-arg"],
	copy: ["dockerfile-copy-from-image", "dockerfile-copy-from-arg"],
	mount: ["dockerfile-mount-from-image", "dockerfile-mount-from-arg"]
};
/**
* The site of one image operand (a FROM image, a `--from=` value), or undefined when it names a stage
* or `scratch`.
*/
function imageSite(text, written, parsed, globals, isStage, stages, init) {
	let span = written;
	let raw = parsed ?? "";
	const unquoted = (s) => s.length >= 2 && s[0] === "\"" && s.endsWith("\"") ? s.slice(1, -1) : s;
	if (raw !== unquoted(raw)) {
		raw = unquoted(raw);
		if (text[span.start] === "\"" && text[span.end - 1] === "\"") span = {
			start: span.start + 1,
			end: span.end - 1
		};
	}
	if (!raw) return void 0;
	const plain = text.slice(span.start, span.end) === raw;
	const segments = raw.includes("$") ? expandTemplate(raw, span.start, init.kind === "from" ? globals : /* @__PURE__ */ new Map()) : [{
		value: raw,
		span
	}];
	if (segments && !plain) for (const s of segments) s.span = void 0;
	if (!segments) return void 0;
	const resolved = segments.every((s) => !s.unresolved);
	const ref = segments.map((s) => s.value).join("");
	if (resolved) {
		if (ref.toLowerCase() === "scratch" || isStage(ref)) return void 0;
	} else if (matchesStage(segments, stages)) return;
	const [literalShape, argShape] = SHAPES[init.kind];
	const composed = segments.length > 1 || segments[0]?.span !== span;
	return {
		source: "dockerfile",
		field: init.field,
		ref,
		shape: composed ? argShape : literalShape,
		span,
		note: composed && resolved ? "composed from ARG defaults" : void 0,
		rewrite: (_to, toText) => rewriteSegments(text, segments, ref, toText, span)
	};
}
/** Does the operand, with every unresolved variable free to be anything, name an earlier stage? */
function matchesStage(segments, stages) {
	if (!segments.some((s) => !s.unresolved && s.value !== "")) return false;
	const pattern = segments.map((s) => s.unresolved ? ".*" : s.value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("");
	const re = new RegExp(`^${pattern}$`);
	return stages.some((s) => re.test(s));
}
function literalSite(text, span, value, init) {
	return {
		source: "dockerfile",
		field: init.field,
		ref: value,
		shape: init.shape,
		span,
		rewrite: (_to, toText) => text.slice(span.start, span.end) === value ? {
			ok: true,
			edits: [{
				start: span.start,
				end: span.end,
				text: toText
			}],
			at: span
		} : {
			ok: false,
			reason: "the value is not written as plain text",
			at: span
		}
	};
}
// src/locate/jinja.ts
/**
* Jinja2 / Ansible template syntax (`{% … %}`, `{{ … }}`, `{# … #}`) replaced by characters YAML
* reads as plain text, keeping every offset (and newline): a `kubeadm-images.yaml.j2` parses as the
* YAML it renders to, with each expression an opaque scalar. A statement alone on its line becomes
* blank; an expression inside a value becomes underscores (quotes inside it too).
*/
function maskJinja(text) {
	return text.replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\{\{[\s\S]*?\}\}/g, (m) => {
		const fill = m.startsWith("{{") ? "_" : " ";
		return m.replace(/[^\r\n]/g, fill);
	});
}
// src/locate/formats.ts
const YAML = { kind: "yaml" };
const FORMATS = {
	dockerfile: {
		kind: "text",
		locate: locateDockerfile,
		shape: dockerfileShape
	},
	kubeadm: {
		kind: "yaml",
		mask: maskJinja
	}
};
function formatOf(role) {
	return FORMATS[role] ?? YAML;
}
// src/locate/index.ts
const KUSTOMIZE_API$1 = /^kustomize\.config\.k8s\.io\//;
function classifyDocument(doc, ctx) {
	const root = doc.contents;
	if (ctx.role === "helm-values") {
		if (!(ctx.valuesBy === "name" || ctx.valuesBy === "reference") || !(0, import_dist.isMap)(root) || !looksLikeObject(root)) return "helm-values";
		return classifyMap(root, "manifest");
	}
	if (!(0, import_dist.isMap)(root)) return "other";
	return classifyMap(root, ctx.role);
}
/** A map with a string `apiVersion` and `kind`: a Kubernetes object (or kustomization, ResourceList). */
function looksLikeObject(root) {
	return stringOf(root, "kind") !== void 0 && stringOf(root, "apiVersion") !== void 0;
}
/** What one map (a document root, or an item of a `ResourceList`) is. */
function classifyMap(root, role) {
	const kind = stringOf(root, "kind");
	const apiVersion = stringOf(root, "apiVersion");
	if ((kind === "Kustomization" || kind === "Component") && (!apiVersion || KUSTOMIZE_API$1.test(apiVersion))) return "kustomization";
	if (role === "kustomization") return "kustomization";
	if (isResourceList(root)) return "resource-list";
	if (isClusterConfiguration(root)) return "kubeadm";
	if (kind && apiVersion) return "object";
	return "other";
}
/**
* Files whose role alone says where their images are (not Kubernetes objects): one locator each, for
* the document's root map.
*/
const ROLE_LOCATORS = {
	compose: (root, ctx) => locateCompose(root, ctx.text, ctx.doc),
	workflow: (root, ctx) => locateWorkflow(root, ctx.text, ctx.doc),
	chart: (root, ctx) => locateChartAnnotations(root, ctx.text)
};
/** Every image site of one document (sites may repeat a span; the engine keeps the first). */
function locateDocument(doc, ctx) {
	if (classifyDocument(doc, ctx) === "helm-values") return locateHelmValues(doc, ctx);
	if ((0, import_dist.isSeq)(doc.contents) && ctx.role === "manifest" && isJsonPatch(doc.contents)) return locateJsonPatch(doc.contents, ctx, []);
	if (!(0, import_dist.isMap)(doc.contents)) return [];
	const byRole = ROLE_LOCATORS[ctx.role];
	if (byRole) return byRole(doc.contents, ctx);
	const role = ctx.role === "helm-values" ? "manifest" : ctx.role;
	return locateMap(doc.contents, {
		...ctx,
		role
	}, []);
}
/** Image sites of one map at `base`: an object, a kustomization, or a ResourceList (item by item). */
function locateMap(root, ctx, base) {
	switch (classifyMap(root, base.length === 0 ? ctx.role : "manifest")) {
		case "kustomization": return [
			...locateKustomization(root, ctx.text, base),
			...base.length === 0 ? locateInlinePatches(root, ctx.text, ctx.specs, ctx.settings) : [],
			...locateEmbeddedValues(root, ctx, base)
		];
		case "object": return [
			...locateObject(root, ctx, base),
			...locateEmbeddedValues(root, ctx, base),
			...locateConfigData(root, ctx, base)
		];
		case "kubeadm": return locateKubeadm(root, ctx.text);
		case "resource-list": return base.length === 0 ? locateResourceList(root, (item, at) => locateMap(item, ctx, at)) : [];
		default: return base.length === 0 && isHelmfile(root) ? locateHelmfileValues(root, ctx, base) : [];
	}
}
// src/locate/template/eval.ts
/** The fallback helper for image maps given to a helper the tree does not define (builtin-helpers.ts). */
const IMAGE_MAP_HELPER = "mirrorize.imageMap";
/** A map with a `repository` key in `v` or one level below it (the data of an image helper). */
function findImageMap(v) {
	if (v.t !== "map") return void 0;
	if (v.get("repository") !== void 0) return v;
	for (const k of v.keys()) {
		const x = v.get(k);
		if (x?.t === "map" && x.get("repository") !== void 0) return x;
	}
}
/** The sources a value stands for (a values key, possibly unset; a literal; its own fallbacks). */
function sourcesOfVal(v) {
	if (v.t === "nil") return v.path ? [{ values: v.path.split(".") }] : [];
	if (v.t === "num" || v.t === "bool") return v.path ? [{ values: v.path.split(".") }] : [];
	if (v.t === "str" && v.segs.length === 0 && v.path) return [{ values: v.path.split(".") }];
	if (v.t !== "str" || v.segs.length !== 1) return [];
	const seg = v.segs[0];
	if (seg.alts) return seg.alts;
	if (seg.origin.k === "values") return [{ values: seg.origin.path.split(".") }];
	if (seg.origin.k === "lit" || seg.origin.k === "text" || seg.origin.k === "chart") return [{ literal: seg.text }];
	return [];
}
/** `chosen`, remembering the sources it was chosen from (for `default` and `coalesce`). */
function withAlts(chosen, from) {
	if (chosen.t !== "str" || chosen.segs.length !== 1) return chosen;
	const alts = from.flatMap(sourcesOfVal);
	return {
		t: "str",
		segs: [{
			...chosen.segs[0],
			alts
		}]
	};
}
const NIL = { t: "nil" };
function str(text, origin = { k: "text" }) {
	return {
		t: "str",
		segs: text === "" ? [] : [{
			text,
			origin
		}]
	};
}
/** A string's text. */
function textOf(v) {
	switch (v.t) {
		case "str": return v.segs.map((s) => s.text).join("");
		case "num": return v.text;
		case "bool": return String(v.b);
		case "nil": return "";
		case "unknown": return "";
		case "list": return `[${v.items.map(textOf).join(" ")}]`;
		default: return `map[${v.keys().map((k) => `${k}:${textOf(v.get(k) ?? NIL)}`).join(" ")}]`;
	}
}
/** The value as segments (numbers and booleans print as text of their origin). */
function segsOf(v) {
	if (v.t === "str") return v.segs;
	if (v.t === "unknown") return [{
		text: "",
		origin: {
			k: "unknown",
			why: v.why
		}
	}];
	const text = textOf(v);
	const path = v.t === "num" || v.t === "bool" ? v.path : void 0;
	return text === "" ? [] : [{
		text,
		origin: path !== void 0 ? {
			k: "values",
			path
		} : { k: "text" }
	}];
}
function truthy(v) {
	switch (v.t) {
		case "str": return textOf(v) !== "";
		case "num": return v.n !== 0;
		case "bool": return v.b;
		case "list": return v.items.length > 0;
		case "map": return v.keys().length > 0;
		default: return false;
	}
}
/** A JavaScript value (from the values file) as a template value; strings know their values path. */
function fromJs(js, path, origin) {
	if (js === null || js === void 0) return {
		t: "nil",
		...path !== void 0 ? { path } : {}
	};
	if (js === "" && path) return {
		t: "str",
		segs: [],
		path
	};
	if (typeof js === "string") return str(js, path !== void 0 ? origin?.(path) ?? {
		k: "values",
		path
	} : { k: "text" });
	if (typeof js === "number") return {
		t: "num",
		n: js,
		text: String(js),
		...path ? { path } : {}
	};
	if (typeof js === "boolean") return {
		t: "bool",
		b: js,
		...path ? { path } : {}
	};
	if (Array.isArray(js)) return {
		t: "list",
		items: js.map((x, i) => fromJs(x, path && `${path}[${i}]`, origin))
	};
	if (typeof js === "object") {
		const obj = js;
		return {
			t: "map",
			...path !== void 0 ? { path } : {},
			get: (k) => Object.hasOwn(obj, k) ? fromJs(obj[k], path === void 0 ? void 0 : join(path, k), origin) : void 0,
			keys: () => Object.keys(obj).sort()
		};
	}
	return {
		t: "unknown",
		why: "a value of an unexpected type"
	};
}
function join(path, key) {
	return path === "" ? key : `${path}.${key}`;
}
/** A map of fixed entries (the root `.`, `dict`). */
function mapOf(entries, path) {
	return {
		t: "map",
		...path !== void 0 ? { path } : {},
		get: (k) => Object.hasOwn(entries, k) ? entries[k] : void 0,
		keys: () => Object.keys(entries).sort()
	};
}
/** Thrown when evaluation goes past its budget (a runaway helper); caught by `evaluate`. */
var Budget = class extends Error {};
var Evaluator = class Evaluator {
	lib;
	opts;
	reads = /* @__PURE__ */ new Set();
	missing = /* @__PURE__ */ new Set();
	/** Set when a condition depended on something mirrorize cannot know (a branch was guessed). */
	uncertain = false;
	steps = 0;
	depth = 0;
	constructor(lib, opts = {}) {
		this.lib = lib;
		this.opts = opts;
	}
	/** Run template nodes with `.` and `$` bound to `root`: what they print. Never throws. */
	render(nodes, root) {
		return this.renderAt([], 0, nodes, root)[0];
	}
	/**
	* Run `nodes` (the text at `offset` of a file whose template is `body`) in each scope they are
	* rendered in: inside `with` the dot is its value, inside `range` each item in turn (up to 20), and
	* the variables set before them are set. Never throws.
	*/
	renderAt(body, offset, nodes, root) {
		try {
			return this.scopesAt(body, offset, {
				dot: root,
				root,
				vars: /* @__PURE__ */ new Map()
			}).map((scope) => {
				const out = [];
				this.run(nodes, scope, out);
				return {
					t: "str",
					segs: merge(out)
				};
			});
		} catch (e) {
			if (!(e instanceof Budget)) throw e;
			return [{
				t: "unknown",
				why: "a helper that does not finish"
			}];
		}
	}
	scopesAt(nodes, offset, scope) {
		for (const node of nodes) {
			if (node.k === "out") {
				if (node.action.start >= offset) break;
				if (node.pipe.decl) this.pipe(node.pipe, scope);
				continue;
			}
			if (node.k !== "if" && node.k !== "with" && node.k !== "range") continue;
			if (node.start > offset) break;
			if (offset >= node.end) continue;
			if (node.otherwiseStart !== void 0 && offset >= node.otherwiseStart) return this.scopesAt(node.otherwise ?? [], offset, scope);
			if (node.k === "range") {
				const vars = new Map(scope.vars);
				const v = this.pipe({ cmds: node.pipe.cmds }, scope);
				const names = node.pipe.decl?.names ?? [];
				const items = v.t === "list" ? v.items.map((x, i) => [{
					t: "num",
					n: i,
					text: String(i)
				}, x]) : v.t === "map" ? v.keys().map((k) => [str(k), v.get(k) ?? NIL]) : [];
				if (items.length === 0) {
					const item = {
						t: "unknown",
						why: `an item of a range over ${v.t === "nil" && v.path ? `.Values.${v.path}, which is not set` : "a value mirrorize cannot list"}`
					};
					for (const n of names) vars.set(n, item);
					return this.scopesAt(node.body, offset, {
						...scope,
						dot: item,
						vars
					});
				}
				return items.slice(0, 20).flatMap(([k, x]) => {
					const itemVars = new Map(vars);
					if (names.length === 1) itemVars.set(names[0], x);
					if (names.length === 2) {
						itemVars.set(names[0], k);
						itemVars.set(names[1], x);
					}
					return this.scopesAt(node.body, offset, {
						...scope,
						dot: x,
						vars: itemVars
					});
				});
			}
			let i = node.branches.length - 1;
			while (i > 0 && node.branches[i].start > offset) i--;
			const branch = node.branches[i];
			if (node.k === "with") {
				const v = this.pipe(branch.cond, scope);
				return this.scopesAt(branch.body, offset, {
					...scope,
					dot: v
				});
			}
			if (branch.cond.decl) this.pipe(branch.cond, scope);
			return this.scopesAt(branch.body, offset, scope);
		}
		return [scope];
	}
	/** Evaluate a pipeline with `dot` (and `$`) bound to `root`. Never throws. */
	static pipe(lib, pipe, root, vars) {
		const ev = new Evaluator(lib);
		let value;
		try {
			value = ev.pipe(pipe, {
				dot: root,
				root,
				vars: new Map(vars)
			});
		} catch (e) {
			if (!(e instanceof Budget)) throw e;
			value = {
				t: "unknown",
				why: "a helper that does not finish"
			};
		}
		return {
			value,
			reads: ev.reads,
			missing: ev.missing
		};
	}
	tick() {
		if (++this.steps > 2e4) throw new Budget();
	}
	/** Run template nodes, returning what they print. */
	run(nodes, scope, out) {
		for (const node of nodes) {
			this.tick();
			switch (node.k) {
				case "text": {
					const text = (this.lib.sources.get(node.source) ?? "").slice(node.start, node.end);
					if (text === "") break;
					if (node.source === "" && this.depth === 0) {
						const q = this.opts.quoted;
						const plain = q === "\"" ? !/[\\"]/.test(text) : q === "'" ? !text.includes("'") : !/[#"'\\]/.test(text);
						const lit = {
							k: "str",
							value: text,
							start: node.start,
							end: node.end,
							plain,
							source: ""
						};
						out.push({
							text,
							origin: {
								k: "lit",
								lit,
								from: 0
							}
						});
					} else out.push({
						text,
						origin: { k: "text" }
					});
					break;
				}
				case "out": {
					const v = this.pipe(node.pipe, scope);
					if (!node.pipe.decl) out.push(...segsOf(v));
					break;
				}
				case "if":
				case "with": {
					let taken = false;
					for (const b of node.branches) {
						const v = this.pipe(b.cond, scope);
						if (isUnknown(v)) this.uncertain = true;
						if (truthy(v)) {
							this.run(b.body, node.k === "with" ? {
								...scope,
								dot: v
							} : scope, out);
							taken = true;
							break;
						}
					}
					if (!taken && node.otherwise) this.run(node.otherwise, scope, out);
					break;
				}
				case "range": {
					const v = this.pipe({ cmds: node.pipe.cmds }, scope);
					const items = v.t === "list" ? v.items.map((x, i) => [{
						t: "num",
						n: i,
						text: String(i)
					}, x]) : v.t === "map" ? v.keys().map((k) => [str(k), v.get(k) ?? NIL]) : [];
					if (items.length === 0) {
						if (node.otherwise) this.run(node.otherwise, scope, out);
						break;
					}
					for (const [k, x] of items.slice(0, 100)) {
						const vars = new Map(scope.vars);
						const names = node.pipe.decl?.names ?? [];
						if (names.length === 1) vars.set(names[0], x);
						if (names.length === 2) {
							vars.set(names[0], k);
							vars.set(names[1], x);
						}
						this.run(node.body, {
							...scope,
							dot: x,
							vars
						}, out);
					}
					break;
				}
				case "template": {
					const data = node.pipe ? this.pipe(node.pipe, scope) : NIL;
					out.push(...segsOf(this.include(node.name, data)));
					break;
				}
				case "unknown": out.push({
					text: "",
					origin: {
						k: "unknown",
						why: "a template action mirrorize cannot read"
					}
				});
			}
		}
	}
	include(name, data) {
		let nodes = this.lib.defines.get(name);
		if (!nodes) {
			this.missing.add(name);
			const imageRoot = findImageMap(data);
			const fallback = this.lib.defines.get(IMAGE_MAP_HELPER);
			if (!imageRoot || !fallback || !/image/i.test(name)) return {
				t: "unknown",
				why: `the named template "${name}", which is not defined in the chart`
			};
			nodes = fallback;
			const global = data.t === "map" ? data.get("global") : void 0;
			data = mapOf({
				imageRoot,
				...global ? { global } : {}
			});
		}
		if (this.depth >= 30) throw new Budget();
		this.depth++;
		try {
			const out = [];
			this.run(nodes, {
				dot: data,
				root: data,
				vars: /* @__PURE__ */ new Map()
			}, out);
			return {
				t: "str",
				segs: merge(out)
			};
		} finally {
			this.depth--;
		}
	}
	pipe(pipe, scope) {
		let prev;
		for (const cmd of pipe.cmds) prev = this.command(cmd, scope, prev);
		const v = prev ?? NIL;
		if (pipe.decl) {
			const name = pipe.decl.names[pipe.decl.names.length - 1];
			scope.vars.set(name, v);
		}
		return v;
	}
	command(cmd, scope, piped) {
		this.tick();
		const [head, ...rest] = cmd;
		if (!head) return NIL;
		if (head.k === "ident") {
			const args = rest.map((o) => this.operand(o, scope));
			if (piped !== void 0) args.push(piped);
			return this.call(head.name, args);
		}
		if (rest.length > 0) return {
			t: "unknown",
			why: "a call of a value"
		};
		if (piped !== void 0) return {
			t: "unknown",
			why: "a value after a pipe"
		};
		return this.operand(head, scope);
	}
	operand(o, scope) {
		switch (o.k) {
			case "str": return {
				t: "str",
				segs: o.value === "" ? [] : [{
					text: o.value,
					origin: {
						k: "lit",
						lit: o,
						from: 0
					}
				}]
			};
			case "num": {
				const n = Number(o.text);
				return {
					t: "num",
					n: Number.isNaN(n) ? 0 : n,
					text: o.text
				};
			}
			case "bool": return {
				t: "bool",
				b: o.value
			};
			case "nil": return NIL;
			case "ident": return this.call(o.name, []);
			case "field": {
				const base = o.base === "dot" ? scope.dot : o.base === "root" ? scope.root : scope.vars.get(o.base.var) ?? {
					t: "unknown",
					why: `the template variable $${o.base.var}`
				};
				return this.fields(base, o.fields);
			}
			case "sub": return this.fields(this.pipe(o.pipe, {
				...scope,
				vars: scope.vars
			}), o.fields);
		}
	}
	fields(base, names) {
		let v = base;
		for (const name of names) if (v.t === "map") {
			const next = v.get(name);
			if (next === void 0) {
				const path = v.path !== void 0 ? join(v.path, name) : void 0;
				v = {
					t: "nil",
					...path ? { path } : {}
				};
			} else v = next;
			if (v.t !== "map" && v.t !== "unknown") {
				const path = pathOf(v);
				if (path) this.reads.add(path);
			} else if (v.t === "map" && v.path) this.reads.add(v.path);
		} else if (v.t === "unknown") return v;
		else if (v.t === "nil" && v.path !== void 0) {
			v = {
				t: "nil",
				path: join(v.path, name)
			};
			this.reads.add(v.path);
		} else v = { t: "nil" };
		return v;
	}
	call(name, args) {
		const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : void 0;
		if (fn) return fn(args, this);
		return {
			t: "unknown",
			why: `the function ${name}`
		};
	}
};
function pathOf(v) {
	if (v.t === "nil" || v.t === "num" || v.t === "bool") return v.path;
	if (v.t === "str") {
		const o = v.segs[0]?.origin;
		return o?.k === "values" ? o.path : v.path;
	}
}
/** Adjacent segments of one literal or one values key joined (so a literal stays one run). */
function merge(segs) {
	const out = [];
	for (const s of segs) {
		if (s.text === "" && s.origin.k !== "unknown") continue;
		const last = out[out.length - 1];
		if (last && sameRun(last, s)) out[out.length - 1] = {
			text: last.text + s.text,
			origin: last.origin
		};
		else out.push(s);
	}
	return out;
}
function sameRun(a, b) {
	if (a.alts || b.alts) return false;
	const x = a.origin;
	const y = b.origin;
	if (x.k === "text" && y.k === "text") return true;
	if (x.k === "lit" && y.k === "lit") return x.lit === y.lit && x.from + a.text.length === y.from;
	return false;
}
function concat(...vals) {
	return {
		t: "str",
		segs: merge(vals.flatMap(segsOf))
	};
}
/** Slice a string value's segments at `[start, end)` of its text, keeping origins. */
function sliceSegs(segs, start, end) {
	const out = [];
	let at = 0;
	for (const s of segs) {
		const a = Math.max(start, at);
		const b = Math.min(end, at + s.text.length);
		if (a < b) {
			const origin = s.origin.k === "lit" ? {
				...s.origin,
				from: s.origin.from + (a - at)
			} : s.origin;
			out.push({
				...s,
				text: s.text.slice(a - at, b - at),
				origin
			});
		} else if (s.text === "" && s.origin.k === "unknown" && at >= start && at <= end) out.push(s);
		at += s.text.length;
	}
	return out;
}
function strVal(v) {
	return v.t === "str" ? v : {
		t: "str",
		segs: segsOf(v)
	};
}
function bool(b) {
	return {
		t: "bool",
		b
	};
}
/** `[value is unknown]`: comparisons with it are unknown too. */
function isUnknown(v) {
	return v?.t === "unknown" || v?.t === "str" && v.segs.some((s) => s.origin.k === "unknown");
}
/** A condition that depends on something mirrorize cannot know. */
const UNKNOWN_COND = {
	t: "unknown",
	why: "a condition on something only a live render knows"
};
const unknown = (why) => () => ({
	t: "unknown",
	why
});
/** Functions image expressions use (Go template builtins, Sprig, Helm). Data: name → behaviour. */
const FUNCTIONS = {
	default: (a) => {
		const value = a.length > 1 ? a[a.length - 1] : NIL;
		const fallback = a[0] ?? NIL;
		return withAlts(truthy(value) ? value : fallback, [value, fallback]);
	},
	empty: (a) => isUnknown(a[0]) ? UNKNOWN_COND : bool(!truthy(a[0] ?? NIL)),
	coalesce: (a) => withAlts(a.find(truthy) ?? NIL, a),
	ternary: (a) => truthy(a[2] ?? NIL) ? a[0] ?? NIL : a[1] ?? NIL,
	required: (a) => a[1] ?? NIL,
	quote: (a) => concat(...a),
	squote: (a) => concat(...a),
	toString: (a) => strVal(a[0] ?? NIL),
	print: (a) => concat(...a),
	printf: (a) => printf(a),
	trimSuffix: (a) => {
		const [suffix, s] = [textOf(a[0] ?? NIL), strVal(a[1] ?? NIL)];
		const t = textOf(s);
		return suffix !== "" && t.endsWith(suffix) ? {
			t: "str",
			segs: sliceSegs(s.segs, 0, t.length - suffix.length)
		} : s;
	},
	trimPrefix: (a) => {
		const [prefix, s] = [textOf(a[0] ?? NIL), strVal(a[1] ?? NIL)];
		const t = textOf(s);
		return prefix !== "" && t.startsWith(prefix) ? {
			t: "str",
			segs: sliceSegs(s.segs, prefix.length, t.length)
		} : s;
	},
	trim: (a) => {
		const s = strVal(a[0] ?? NIL);
		const t = textOf(s);
		const start = t.length - t.trimStart().length;
		return {
			t: "str",
			segs: sliceSegs(s.segs, start, t.trimEnd().length)
		};
	},
	lower: (a) => str(textOf(a[0] ?? NIL).toLowerCase()),
	upper: (a) => str(textOf(a[0] ?? NIL).toUpperCase()),
	replace: (a) => str(textOf(a[2] ?? NIL).split(textOf(a[0] ?? NIL)).join(textOf(a[1] ?? NIL))),
	nindent: (a) => a[1] ?? NIL,
	indent: (a) => a[1] ?? NIL,
	include: (a, ev) => ev.include(textOf(a[0] ?? NIL), a[1] ?? NIL),
	dict: (a) => {
		const entries = {};
		for (let i = 0; i + 1 < a.length; i += 2) entries[textOf(a[i])] = a[i + 1];
		return mapOf(entries);
	},
	list: (a) => ({
		t: "list",
		items: a
	}),
	get: (a) => a[0]?.t === "map" ? a[0].get(textOf(a[1] ?? NIL)) ?? str("") : str(""),
	hasKey: (a) => bool(a[0]?.t === "map" && a[0].get(textOf(a[1] ?? NIL)) !== void 0),
	index: (a) => {
		let v = a[0] ?? NIL;
		for (const k of a.slice(1)) if (v.t === "map") v = v.get(textOf(k)) ?? NIL;
		else if (v.t === "list") v = v.items[Number(textOf(k))] ?? NIL;
		else return v.t === "unknown" ? v : NIL;
		return v;
	},
	merge: (a) => mergeMaps(a),
	mergeOverwrite: (a) => mergeMaps([...a].reverse()),
	eq: (a) => a.some(isUnknown) ? UNKNOWN_COND : bool(a.slice(1).some((b) => textOf(b) === textOf(a[0] ?? NIL))),
	ne: (a) => a.some(isUnknown) ? UNKNOWN_COND : bool(textOf(a[0] ?? NIL) !== textOf(a[1] ?? NIL)),
	not: (a) => isUnknown(a[0]) ? UNKNOWN_COND : bool(!truthy(a[0] ?? NIL)),
	and: (a) => a.some(isUnknown) ? UNKNOWN_COND : a.find((x) => !truthy(x)) ?? a[a.length - 1] ?? NIL,
	or: (a) => a.some(isUnknown) ? UNKNOWN_COND : a.find(truthy) ?? a[a.length - 1] ?? NIL,
	len: (a) => {
		const v = a[0] ?? NIL;
		const n = v.t === "list" ? v.items.length : v.t === "map" ? v.keys().length : textOf(v).length;
		return {
			t: "num",
			n,
			text: String(n)
		};
	},
	contains: (a) => bool(textOf(a[1] ?? NIL).includes(textOf(a[0] ?? NIL))),
	hasPrefix: (a) => bool(textOf(a[1] ?? NIL).startsWith(textOf(a[0] ?? NIL))),
	hasSuffix: (a) => bool(textOf(a[1] ?? NIL).endsWith(textOf(a[0] ?? NIL))),
	kindIs: (a) => {
		const kind = textOf(a[0] ?? NIL);
		const v = a[1] ?? NIL;
		return bool(kind === (v.t === "str" ? "string" : v.t === "map" ? "map" : v.t === "list" ? "slice" : v.t === "bool" ? "bool" : v.t === "num" ? "float64" : "invalid"));
	},
	splitList: (a) => ({
		t: "list",
		items: textOf(a[1] ?? NIL).split(textOf(a[0] ?? NIL)).map((s) => str(s))
	}),
	first: (a) => a[0]?.t === "list" ? a[0].items[0] ?? NIL : NIL,
	last: (a) => a[0]?.t === "list" ? a[0].items[a[0].items.length - 1] ?? NIL : NIL,
	join: (a) => str(a[1]?.t === "list" ? a[1].items.map(textOf).join(textOf(a[0] ?? NIL)) : textOf(a[1] ?? NIL)),
	toYaml: unknown("YAML rendered from a value"),
	toJson: unknown("JSON rendered from a value"),
	tpl: unknown("a value rendered as a template (tpl)"),
	lookup: unknown("a lookup in the live cluster"),
	semverCompare: unknown("the cluster's version"),
	fromYaml: unknown("YAML parsed at render time"),
	randAlphaNum: unknown("a random value"),
	now: unknown("the time of rendering"),
	uuidv4: unknown("a random value")
};
function mergeMaps(maps) {
	const ms = maps.filter((m) => m.t === "map");
	if (ms.length === 0) return maps[0] ?? NIL;
	return {
		t: "map",
		get: (k) => {
			for (const m of ms) {
				const v = m.get(k);
				if (v !== void 0 && v.t !== "nil") return v;
			}
		},
		keys: () => [...new Set(ms.flatMap((m) => m.keys()))].sort()
	};
}
/** `printf` with `%s`, `%v`, `%d`, `%q` and `%%`: the format's characters keep their literal origin. */
function printf(a) {
	const format = strVal(a[0] ?? NIL);
	const fmt = textOf(format);
	const out = [];
	let arg = 1;
	let last = 0;
	const literal = (from, to) => out.push(...sliceSegs(format.segs, from, to));
	for (let i = 0; i < fmt.length; i++) {
		if (fmt[i] !== "%") continue;
		literal(last, i);
		const verb = fmt[i + 1];
		if (verb === "%") out.push({
			text: "%",
			origin: { k: "text" }
		});
		else {
			const v = a[arg++] ?? NIL;
			if (verb === "q") out.push({
				text: "\"",
				origin: { k: "text" }
			}, ...segsOf(v), {
				text: "\"",
				origin: { k: "text" }
			});
			else out.push(...segsOf(v));
		}
		i++;
		last = i + 1;
	}
	literal(last, fmt.length);
	return {
		t: "str",
		segs: merge(out)
	};
}
// src/locate/template/actions.ts
/**
* Find every action. Strings (`"…"`, raw `` `…` ``, `'c'`) inside an action may hold `}}`; comments
* `/* … *\/` may span lines. An action that is never closed runs to the end of the text.
*/
function scanActions(text) {
	const actions = [];
	let at = text.indexOf("{{");
	while (at >= 0) {
		const start = at;
		let i = at + 2;
		const trimLeft = text[i] === "-" && /\s/.test(text[i + 1] ?? "");
		if (trimLeft) i += 2;
		while (/[ \t\r\n]/.test(text[i] ?? "")) i++;
		const innerStartRaw = trimLeft ? start + 3 : start + 2;
		if (text.startsWith("/*", i)) {
			const close = text.indexOf("*/", i + 2);
			const endDelim = close < 0 ? -1 : text.indexOf("}}", close + 2);
			if (endDelim < 0) return {
				actions,
				unclosed: start
			};
			const trimRight = text[endDelim - 1] === "-" && /\s/.test(text[endDelim - 2] ?? "");
			actions.push({
				start,
				end: endDelim + 2,
				inner: text.slice(innerStartRaw, trimRight ? endDelim - 2 : endDelim),
				innerStart: innerStartRaw,
				trimLeft,
				trimRight,
				comment: true
			});
			at = text.indexOf("{{", endDelim + 2);
			continue;
		}
		let end = -1;
		while (i < text.length) {
			const c = text[i];
			if (c === "\"" || c === "'") {
				i++;
				while (i < text.length && text[i] !== c && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
				i++;
			} else if (c === "`") {
				const close = text.indexOf("`", i + 1);
				i = close < 0 ? text.length : close + 1;
			} else if (c === "}" && text[i + 1] === "}") {
				end = i;
				break;
			} else i++;
		}
		if (end < 0) return {
			actions,
			unclosed: start
		};
		const trimRight = text[end - 1] === "-" && /\s/.test(text[end - 2] ?? "");
		const innerEnd = trimRight ? end - 2 : end;
		actions.push({
			start,
			end: end + 2,
			inner: text.slice(innerStartRaw, innerEnd),
			innerStart: innerStartRaw,
			trimLeft,
			trimRight,
			comment: false
		});
		at = text.indexOf("{{", end + 2);
	}
	return { actions };
}
/** The character that stands for an action's text inside a line that holds YAML too. */
const FILLER = "x";
/**
* The text with every action masked, offsets kept: a line that holds nothing but actions (and
* whitespace) becomes blank; an action inside a line of YAML becomes `xxx…` (a plain word, so that
* `image: {{ .Values.image }}` stays a key with a value), its later lines blank. Line breaks stay.
* An unclosed action masks the rest of the text.
*/
function maskActions(text, scan) {
	const spans = scan.actions.map((a) => [a.start, a.end]);
	if (scan.unclosed !== void 0) spans.push([scan.unclosed, text.length]);
	if (spans.length === 0) return text;
	const inside = new Uint8Array(text.length);
	for (const [s, e] of spans) inside.fill(1, s, e);
	const out = text.split("");
	const lineHasYaml = /* @__PURE__ */ new Map();
	for (const [s, e] of spans) {
		const lineStart = text.lastIndexOf("\n", s - 1) + 1;
		const nl = text.indexOf("\n", s);
		const lineEnd = nl < 0 ? text.length : nl;
		let yaml = lineHasYaml.get(lineStart);
		if (yaml === void 0) {
			yaml = false;
			for (let i = lineStart; i < lineEnd; i++) if (inside[i] === 0 && !/\s/.test(text[i])) {
				yaml = true;
				break;
			}
			lineHasYaml.set(lineStart, yaml);
		}
		for (let i = s; i < e; i++) {
			const c = text[i];
			if (c === "\n" || c === "\r") continue;
			out[i] = yaml && i < lineEnd ? FILLER : " ";
		}
	}
	return out.join("");
}
// src/locate/template/syntax.ts
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
function lex(src, base, source) {
	const toks = [];
	let i = 0;
	const fieldChain = () => {
		const names = [];
		while (src[i] === "." && /[A-Za-z_]/.test(src[i + 1] ?? "")) {
			IDENT.lastIndex = i + 1;
			const m = IDENT.exec(src);
			names.push(m[0]);
			i = IDENT.lastIndex;
		}
		return names;
	};
	while (i < src.length) {
		const c = src[i];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === "\"") {
			let j = i + 1;
			let value = "";
			let plain = true;
			while (j < src.length && src[j] !== "\"") if (src[j] === "\\") {
				plain = false;
				const n = src[j + 1];
				value += n === "n" ? "\n" : n === "t" ? "	" : n ?? "";
				j += 2;
			} else value += src[j++];
			if (j >= src.length) return void 0;
			toks.push({
				t: "str",
				lit: {
					k: "str",
					value,
					start: base + i + 1,
					end: base + j,
					plain,
					source
				}
			});
			i = j + 1;
			continue;
		}
		if (c === "`") {
			const j = src.indexOf("`", i + 1);
			if (j < 0) return void 0;
			const value = src.slice(i + 1, j);
			toks.push({
				t: "str",
				lit: {
					k: "str",
					value,
					start: base + i + 1,
					end: base + j,
					plain: true,
					source
				}
			});
			i = j + 1;
			continue;
		}
		if (c === "'") {
			const j = src.indexOf("'", i + 1);
			if (j < 0) return void 0;
			toks.push({
				t: "num",
				text: String(src.codePointAt(i + 1) ?? 0)
			});
			i = j + 1;
			continue;
		}
		if (c === "(" || c === ")" || c === "|" || c === ",") {
			toks.push({ t: c });
			i++;
			continue;
		}
		if (c === ":" && src[i + 1] === "=") {
			toks.push({ t: ":=" });
			i += 2;
			continue;
		}
		if (c === "=") {
			toks.push({ t: "=" });
			i++;
			continue;
		}
		if (c === "$") {
			IDENT.lastIndex = i + 1;
			const m = IDENT.exec(src);
			const name = m && m.index === i + 1 ? m[0] : "";
			i += 1 + name.length;
			toks.push({
				t: "var",
				name,
				fields: fieldChain()
			});
			continue;
		}
		if (c === ".") {
			if (/[A-Za-z_]/.test(src[i + 1] ?? "")) {
				const chained = src[i - 1] === ")";
				const names = fieldChain();
				toks.push(chained ? {
					t: "fields",
					names
				} : {
					t: "field",
					names
				});
				continue;
			}
			toks.push({ t: "dot" });
			i++;
			continue;
		}
		if (/[0-9+-]/.test(c)) {
			const m = /[+-]?[0-9][0-9a-fA-FxX._eE+-]*/y;
			m.lastIndex = i;
			const r = m.exec(src);
			if (!r) return void 0;
			toks.push({
				t: "num",
				text: r[0]
			});
			i = m.lastIndex;
			continue;
		}
		IDENT.lastIndex = i;
		const m = IDENT.exec(src);
		if (m && m.index === i) {
			toks.push({
				t: "word",
				text: m[0]
			});
			i = IDENT.lastIndex;
			continue;
		}
		return;
	}
	return toks;
}
var PipeParser = class {
	toks;
	i = 0;
	constructor(toks) {
		this.toks = toks;
	}
	done() {
		return this.i >= this.toks.length;
	}
	peek() {
		return this.toks[this.i];
	}
	pipe(allowDecl = true) {
		const pipe = { cmds: [] };
		if (allowDecl) {
			const save = this.i;
			const names = [];
			while (this.toks[this.i]?.t === "var") {
				const v = this.toks[this.i];
				if (v.fields.length > 0) break;
				names.push(v.name);
				this.i++;
				if (this.toks[this.i]?.t === ",") this.i++;
				else break;
			}
			const op = this.toks[this.i]?.t;
			if (names.length > 0 && (op === ":=" || op === "=")) {
				this.i++;
				pipe.decl = {
					names,
					assign: op === "="
				};
			} else this.i = save;
		}
		let cmd = [];
		while (!this.done()) {
			const tok = this.peek();
			if (tok.t === ")") break;
			if (tok.t === "|") {
				if (cmd.length === 0) return void 0;
				pipe.cmds.push(cmd);
				cmd = [];
				this.i++;
				continue;
			}
			const operand = this.operand();
			if (!operand) return void 0;
			cmd.push(operand);
		}
		if (cmd.length === 0) return pipe.cmds.length === 0 && pipe.decl === void 0 ? pipe : void 0;
		pipe.cmds.push(cmd);
		return pipe;
	}
	operand() {
		const tok = this.toks[this.i++];
		if (!tok) return void 0;
		switch (tok.t) {
			case "str": return tok.lit;
			case "num": return {
				k: "num",
				text: tok.text
			};
			case "word":
				if (tok.text === "true" || tok.text === "false") return {
					k: "bool",
					value: tok.text === "true"
				};
				if (tok.text === "nil") return { k: "nil" };
				return {
					k: "ident",
					name: tok.text
				};
			case "field": return {
				k: "field",
				base: "dot",
				fields: tok.names
			};
			case "dot": return {
				k: "field",
				base: "dot",
				fields: []
			};
			case "var": return {
				k: "field",
				base: tok.name === "" ? "root" : { var: tok.name },
				fields: tok.fields
			};
			case "(": {
				const pipe = this.pipe(false);
				if (!pipe || this.toks[this.i]?.t !== ")") return void 0;
				this.i++;
				const next = this.toks[this.i];
				const fields = next?.t === "fields" ? next.names : [];
				if (next?.t === "fields") this.i++;
				return {
					k: "sub",
					pipe,
					fields
				};
			}
			default: return;
		}
	}
};
/** Parse an action's text as a pipeline (undefined when it is not one mirrorize reads). */
function parsePipe(src, base, source = "") {
	const toks = lex(src, base, source);
	if (!toks) return void 0;
	const p = new PipeParser(toks);
	const pipe = p.pipe();
	return pipe && p.done() ? pipe : void 0;
}
const KEYWORD = /^\s*(if|else|end|range|with|define|block|template|break|continue)\b/;
/** Parse a template text: its body and its named templates. Never throws. */
function parseTemplate(text, source = "", scan = scanActions(text), region) {
	const offset = 0;
	const defines = /* @__PURE__ */ new Map();
	const stack = [{
		kind: "root",
		nodes: []
	}];
	const top = () => stack[stack.length - 1];
	let pos = region?.[0] ?? 0;
	const textUntil = (end) => {
		if (end > pos) top().nodes.push({
			k: "text",
			start: offset + pos,
			end: offset + end,
			source
		});
	};
	const limit = region?.[1] ?? scan.unclosed ?? text.length;
	for (const action of scan.actions) {
		let before = action.start;
		if (action.trimLeft) while (before > pos && /\s/.test(text[before - 1])) before--;
		textUntil(before);
		pos = action.end;
		if (action.trimRight) while (pos < limit && /\s/.test(text[pos])) pos++;
		if (action.comment) continue;
		const base = offset + action.innerStart;
		const kw = KEYWORD.exec(action.inner);
		const rest = kw ? action.inner.slice(kw[0].length) : action.inner;
		const restBase = base + (kw ? kw[0].length : 0);
		const frame = top();
		switch (kw?.[1]) {
			case void 0: {
				const pipe = parsePipe(action.inner, base, source);
				frame.nodes.push(pipe ? {
					k: "out",
					pipe,
					action
				} : {
					k: "unknown",
					action
				});
				break;
			}
			case "if":
			case "with":
			case "range": {
				const pipe = parsePipe(rest, restBase, source);
				if (!pipe) {
					frame.nodes.push({
						k: "unknown",
						action
					});
					stack.push({
						kind: kw[1],
						nodes: []
					});
					break;
				}
				const open = {
					start: action.end,
					end: limit
				};
				const node = kw[1] === "range" ? {
					k: "range",
					pipe,
					body: [],
					...open
				} : {
					k: kw[1],
					branches: [{
						cond: pipe,
						body: [],
						start: action.end
					}],
					...open
				};
				frame.nodes.push(node);
				stack.push({
					kind: kw[1],
					nodes: node.k === "range" ? node.body : node.branches[0].body,
					node
				});
				break;
			}
			case "else": {
				if (stack.length < 2) break;
				const node = frame.node;
				const chained = /^\s*(if|with)\b/.exec(rest);
				if (node && (node.k === "if" || node.k === "with") && chained) {
					const pipe = parsePipe(rest.slice(chained[0].length), restBase + chained[0].length, source);
					const body = [];
					node.branches.push({
						cond: pipe ?? { cmds: [[{
							k: "bool",
							value: false
						}]] },
						body,
						start: action.end
					});
					frame.nodes = body;
				} else if (node && (node.k === "if" || node.k === "with" || node.k === "range")) {
					node.otherwise = [];
					node.otherwiseStart = action.end;
					frame.nodes = node.otherwise;
				} else frame.nodes = [];
				break;
			}
			case "end": {
				if (stack.length < 2) break;
				const done = stack.pop();
				if (done.kind === "define" && done.name !== void 0) defines.set(done.name, done.nodes);
				if (done.node && "end" in done.node) done.node.end = action.start;
				break;
			}
			case "define":
			case "block": {
				const pipe = parsePipe(rest, restBase, source);
				const first = pipe?.cmds[0]?.[0];
				const name = first?.k === "str" ? first.value : void 0;
				if (kw[1] === "block" && name !== void 0) frame.nodes.push({
					k: "template",
					name,
					pipe: { cmds: pipe.cmds[0].length > 1 ? [pipe.cmds[0].slice(1)] : [] }
				});
				stack.push({
					kind: "define",
					nodes: [],
					name
				});
				break;
			}
			case "template": {
				const pipe = parsePipe(rest, restBase, source);
				const cmd = pipe?.cmds[0];
				const first = cmd?.[0];
				if (first?.k === "str") {
					const arg = cmd.length > 1 ? { cmds: [cmd.slice(1), ...pipe.cmds.slice(1)] } : void 0;
					frame.nodes.push({
						k: "template",
						name: first.value,
						...arg ? { pipe: arg } : {}
					});
				} else frame.nodes.push({
					k: "unknown",
					action
				});
				break;
			}
		}
	}
	textUntil(limit);
	while (stack.length > 1) {
		const done = stack.pop();
		if (done.kind === "define" && done.name !== void 0) defines.set(done.name, done.nodes);
	}
	return {
		body: stack[0].nodes,
		defines
	};
}
// src/locate/template/context.ts
/**
* What a chart's templates are located with: its values (as `.Values`), Chart.yaml, the named
* templates of its helper files, and which values keys the Helm values locator already finds as
* images. Unreadable parts contribute nothing (a template is then read with less knowledge).
*/
function chartTemplates(texts, settings, specs) {
	const out = {
		helpers: [],
		covered: () => false
	};
	if (texts.chartYaml !== void 0) {
		const doc = (0, import_dist.parseDocument)(texts.chartYaml, { prettyErrors: false });
		if (doc.errors.length === 0 && (0, import_dist.isMap)(doc.contents)) {
			const root = doc.contents;
			const scalar = (k) => {
				const v = root.get(k);
				return v === void 0 || v === null ? void 0 : String(v);
			};
			out.chart = {
				name: stringOf(root, "name"),
				version: scalar("version"),
				appVersion: scalar("appVersion")
			};
		}
	}
	if (texts.valuesYaml !== void 0) {
		const doc = (0, import_dist.parseDocument)(texts.valuesYaml, {
			prettyErrors: false,
			uniqueKeys: true
		});
		if (doc.errors.length === 0) {
			let js;
			try {
				js = doc.toJS({ maxAliasCount: 100 });
			} catch {
				js = void 0;
			}
			if (js !== void 0) out.values = fromJs(js, "");
			out.valuesFile = texts.valuesFile;
			const chart = texts.chartYaml !== void 0 ? parseChartInfo(texts.chartYaml) : void 0;
			const sites = locateHelmValues(doc, {
				text: texts.valuesYaml,
				doc,
				role: "helm-values",
				specs,
				settings,
				...chart ? { chart } : {}
			});
			const fields = sites.map((s) => s.field);
			const shapeParts = new Set(sites.flatMap((s) => (s.shape ?? "").split("+")));
			out.covered = (path) => shapeParts.has(path) || fields.some((f) => f === path || path.startsWith(`${f}.`) || f.startsWith(`${path}.`));
		}
	}
	for (const h of texts.helpers) out.helpers.push({
		...h,
		defines: parseTemplate(h.text, h.source).defines
	});
	return out;
}
const BUILTIN_HELPERS = [["mirrorize:builtin-helpers", `
{{- define "common.images.image" -}}
  {{- $registry := .imageRoot.registry -}}
  {{- with .global -}}{{- with .imageRegistry -}}{{- $registry = . -}}{{- end -}}{{- end -}}
  {{- $end := .imageRoot.tag | toString -}}
  {{- $sep := ":" -}}
  {{- if not .imageRoot.tag -}}{{- with .chart -}}{{- $end = .AppVersion | toString -}}{{- end -}}{{- end -}}
  {{- with .imageRoot.digest -}}{{- $sep = "@" -}}{{- $end = . | toString -}}{{- end -}}
  {{- if $registry -}}{{- $registry -}}/{{- end -}}
  {{- .imageRoot.repository -}}
  {{- if $end -}}{{- $sep -}}{{- $end -}}{{- end -}}
{{- end -}}

{{- define "${IMAGE_MAP_HELPER}" -}}
  {{- $registry := .imageRoot.registry -}}
  {{- with .global -}}{{- with .imageRegistry -}}{{- $registry = . -}}{{- end -}}{{- end -}}
  {{- if $registry -}}{{- $registry -}}/{{- end -}}
  {{- .imageRoot.repository -}}
  {{- with .imageRoot.tag -}}:{{- . -}}{{- end -}}
  {{- with .imageRoot.digest -}}@{{- . -}}{{- end -}}
{{- end -}}
`]];
// src/locate/template/locate.ts
/** The text with its Go template actions masked (same length, same lines). */
function maskTemplate(text) {
	const scan = scanActions(text);
	return {
		masked: maskActions(text, scan),
		scan
	};
}
/** Parse the masked text of a template tolerantly: duplicate keys (from if/else branches) are allowed. */
function parseMasked(masked, lineCounter) {
	const docs = (0, import_dist.parseAllDocuments)(masked, {
		uniqueKeys: false,
		prettyErrors: false,
		lineCounter
	});
	return Array.isArray(docs) ? docs : [];
}
/**
* Image sites of a Go template file (a chart's `templates/*.yaml`, a `*.gotmpl`, a file rendered by
* `tpl`): the actions are masked, the rest is read as YAML with the same field specs as manifests.
* A literal image is rewritten in place; an image an expression composes is followed through the
* chart's values and helpers: its literal parts (a `default "…"`, a `dict "registry" "…"`) are
* rewritten in place, and one that comes from a value mirrorize does not see as an image is reported.
*/
function locateTemplate(ctx) {
	const sites = [];
	const read = readTemplate(ctx.text, ctx.specs, ctx.chart, ctx.lineCounter);
	for (const { site, over } of read.fields) if (over.length === 0) sites.push(site);
	else sites.push(...templatedSites(site, renderField(site, over, read, ctx.chart), ctx));
	return {
		sites: dedupe(sites),
		documents: read.documents,
		errors: read.errors
	};
}
function readTemplate(text, specs, chart, lineCounter) {
	const { masked, scan } = maskTemplate(text);
	const docs = parseMasked(masked, lineCounter ?? new import_dist.LineCounter());
	const template = parseTemplate(text, "", scan);
	const lib = library(template.defines, text, chart);
	const fields = [];
	let errors = 0;
	for (const doc of docs) {
		if (doc.errors.length > 0) errors++;
		if (!(0, import_dist.isMap)(doc.contents)) continue;
		for (const site of locateObject(doc.contents, {
			text: masked,
			doc,
			specs
		})) {
			const over = scan.actions.filter((a) => a.start < site.span.end && a.end > site.span.start);
			const unclosed = scan.unclosed !== void 0 && scan.unclosed < site.span.end;
			if (over.length > 0 && site.optIn || unclosed) continue;
			fields.push({
				site,
				over
			});
		}
	}
	return {
		text,
		fields,
		body: template.body,
		lib,
		documents: docs.length,
		errors
	};
}
function renderField(site, over, read, chart) {
	const { text } = read;
	let { start, end } = site.span;
	const q = text[start];
	if ((q === "\"" || q === "'") && text[end - 1] === q && end - start >= 2) {
		start++;
		end--;
	}
	const nodes = parseTemplate(text, "", { actions: over.filter((a) => a.start >= start && a.end <= end) }, [start, end]).body;
	const quoted = q === "\"" || q === "'";
	const render = (values) => {
		const root = rootOf(values, chart);
		const ev = new Evaluator(read.lib, quoted ? { quoted: q } : {});
		return ev.renderAt(read.body, start, nodes, root).map((value) => ({
			...split(value, ev.reads, ev.missing),
			uncertain: ev.uncertain
		}));
	};
	const unset = {
		t: "nil",
		path: ""
	};
	return {
		actuals: render(chart?.values ?? unset),
		empties: render(unset)
	};
}
/** Every image field with actions of a template, rendered with the chart's values (for learning). */
function renderImages(text, chart, specs) {
	const read = readTemplate(text, specs, chart);
	const out = [];
	for (const { site, over } of read.fields) {
		if (over.length === 0) continue;
		const line = text.slice(0, site.span.start).split("\n").length;
		for (const r of renderField(site, over, read, chart).actuals) if (!r.unknown && !r.uncertain) out.push({
			text: r.text,
			name: r.name,
			rest: r.rest,
			line
		});
	}
	return out;
}
function dedupe(sites) {
	const seen = /* @__PURE__ */ new Set();
	return sites.filter((s) => {
		const key = `${s.span.start}:${s.span.end}:${s.ref}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
/** The named templates an expression may include: the file's own, the chart's helpers, mirrorize's. */
function library(own, text, chart) {
	const defines = /* @__PURE__ */ new Map();
	const sources = /* @__PURE__ */ new Map([["", text]]);
	for (const [name, helperText] of BUILTIN_HELPERS) {
		sources.set(name, helperText);
		for (const [k, v] of parseTemplate(helperText, name).defines) defines.set(k, v);
	}
	for (const h of chart?.helpers ?? []) {
		sources.set(h.source, h.text);
		for (const [k, v] of h.defines) defines.set(k, v);
	}
	for (const [k, v] of own) defines.set(k, v);
	return {
		defines,
		sources
	};
}
/** The root `.` of a chart's templates: `.Values`, `.Chart`, and what only a live render knows. */
function rootOf(values, chart) {
	const c = chart?.chart ?? {};
	const unknown = (why) => ({
		t: "unknown",
		why
	});
	return mapOf({
		Values: values,
		Chart: mapOf({
			AppVersion: c.appVersion !== void 0 ? str(c.appVersion, {
				k: "chart",
				key: "appVersion"
			}) : NIL,
			Version: c.version !== void 0 ? str(c.version, {
				k: "chart",
				key: "version"
			}) : NIL,
			Name: c.name !== void 0 ? str(c.name, {
				k: "chart",
				key: "name"
			}) : NIL
		}),
		Release: unknown("the release (name, namespace)"),
		Capabilities: unknown("the cluster's capabilities"),
		Files: unknown("a file of the chart"),
		Template: unknown("the template's own name")
	});
}
/**
* The sites of an image field whose value holds template actions: what it renders with the chart's
* values, and what it renders when no value is set (the literal defaults).
*/
function templatedSites(site, r, ctx) {
	const out = [];
	r.actuals.forEach((actual, i) => {
		out.push(...sitesOf(site, actual, r.empties[i] ?? r.empties[0], ctx.text, ctx));
	});
	return out;
}
function sitesOf(site, actual, empty, text, ctx) {
	const out = [];
	const expr = text.slice(site.span.start, site.span.end);
	const base = {
		source: "kubernetes",
		field: site.field
	};
	const literal = (r, note) => {
		if (!parseNormalized(r.text).ok || r.unknown || r.valuesPaths.length > 0 || r.nameText === "") return false;
		const at = spanOfRuns(r.name) ?? site.span;
		out.push({
			...base,
			ref: r.text,
			span: at,
			shape: "helm-template",
			...note ? { note } : {},
			rewrite: (to) => rewriteLiterals(r.name, name(to), at)
		});
		return true;
	};
	const missingNote = (r) => r.missing.size > 0 ? `the chart's helper ${[...r.missing].map((m) => `"${m}"`).join(", ")} is not in the tree; read as registry/repository:tag` : void 0;
	const tookLiteral = literal(actual, missingNote(actual));
	if (!tookLiteral) {
		const report = (why) => out.push({
			...base,
			ref: expr,
			span: site.span,
			shape: "helm-template",
			unknown: why,
			rewrite: () => ({
				ok: false,
				reason: why,
				at: site.span
			})
		});
		if (actual.unknown) report(`the image is built from ${actual.unknown}; mirrorize cannot tell what it renders`);
		else if (actual.valuesPaths.length > 0 && ownsRegistry(actual.name) && parseNormalized(actual.text).ok) {
			const at = spanOfRuns(actual.name) ?? site.span;
			out.push({
				...base,
				ref: actual.text,
				span: at,
				shape: "helm-template",
				note: `the registry is written in the template; ${actual.valuesPaths.map((p) => `.Values.${p}`).join(", ")} stay as they are`,
				rewrite: (to) => rewriteLiterals(actual.name, name(to), at)
			});
		} else if (actual.valuesPaths.length > 0) {
			const uncovered = actual.valuesPaths.filter((p) => !ctx.chart?.covered(p));
			if (uncovered.length > 0) report(notCovered(uncovered, ctx.chart));
		} else if (!parseNormalized(actual.text).ok) {
			const reads = [...actual.reads].filter((p) => !ctx.chart?.covered(p));
			if (actual.text === "" && reads.length > 0) report(notSet(reads, ctx.chart));
			else if (actual.text !== "") report(`it renders ${JSON.stringify(actual.text)}, which is not an image reference`);
			else report("it renders nothing mirrorize can read");
		}
	}
	const fallbackNote = "the chart's default, used when the value is not set";
	if (spanKey(empty.name) !== spanKey(actual.name) || !tookLiteral) literal(empty, fallbackNote);
	return out;
}
function spanKey(segs) {
	return segs.map((s) => s.origin.k === "lit" ? `${s.origin.lit.start + s.origin.from}` : "-").join(",");
}
function notCovered(paths, chart) {
	return `the image comes from ${paths.map((p) => `.Values.${p}`).join(" and ")}, which mirrorize does not read as an image${chart?.valuesFile ? ` in ${chart.valuesFile}` : ""}; describe it with a \`helm.images\` entry in the config, or mirror it where it is set`;
}
function notSet(paths, chart) {
	return `the image comes from ${paths.map((p) => `.Values.${p}`).join(", ")}, which ${chart?.valuesFile ? chart.valuesFile : "the chart's values"} does not set; make sure the value given at install time names a mirror`;
}
/** Split a rendered value at the end of its name (`:tag`, `@digest`). */
function split(value, reads, missing) {
	const segs = merge(value.t === "str" ? value.segs : []);
	const full = segs.map((s) => s.text).join("");
	const lead = full.length - full.trimStart().length;
	const trimmed = full.trim();
	const at = trimmed.indexOf("@");
	const beforeDigest = at < 0 ? trimmed : trimmed.slice(0, at);
	const colon = beforeDigest.lastIndexOf(":");
	const nameEnd = colon > beforeDigest.lastIndexOf("/") ? colon : beforeDigest.length;
	const name = sliceSegs(segs, lead, lead + nameEnd);
	const rest = sliceSegs(segs, lead + nameEnd, lead + trimmed.length);
	let unknown;
	const valuesPaths = [];
	for (const s of name) {
		if (s.origin.k === "unknown") unknown ??= s.origin.why;
		if (s.origin.k === "values" && !valuesPaths.includes(s.origin.path)) valuesPaths.push(s.origin.path);
	}
	if (value.t === "unknown") unknown = value.why;
	return {
		text: trimmed,
		name,
		rest,
		nameText: trimmed.slice(0, nameEnd),
		...unknown ? { unknown } : {},
		valuesPaths,
		reads,
		missing
	};
}
/** The file span of the first literal run of a name (where findings point). */
function spanOfRuns(name) {
	for (const s of name) if (s.origin.k === "lit" && s.origin.lit.source === "") {
		const start = s.origin.lit.start + s.origin.from;
		return {
			start,
			end: start + s.text.length
		};
	}
}
/** The name starts with a literal of this file that holds a registry host (`quay.io/`, `"docker.io"`). */
function ownsRegistry(name) {
	const first = name[0];
	if (first?.origin.k !== "lit" || first.origin.lit.source !== "" || !first.origin.lit.plain) return false;
	const host = first.text.split("/")[0];
	return (host.includes(".") || host.includes(":") || host === "localhost") && name.some((s) => s.origin.k === "values");
}
/**
* The name as it will read after `fix` when the template writes its registry (see `ownsRegistry`):
* the literal runs rewritten towards `target`; undefined when nothing in this file changes.
*/
function fixedName(name, target) {
	if (!ownsRegistry(name)) return void 0;
	const plan = rewriteLiterals(name, target, {
		start: 0,
		end: 0
	});
	if (!plan.ok || plan.edits.length === 0) return void 0;
	return name.map((s) => {
		if (s.origin.k !== "lit") return s;
		const start = s.origin.lit.start + s.origin.from;
		const edit = plan.edits.find((e) => e.start === start && e.end === start + s.text.length);
		return edit ? {
			...s,
			text: edit.text
		} : s;
	});
}
/**
* Edits of the literals of a name so that it renders `target`: the runs at the end that already read
* as the target's end stay, and one literal run takes what is left (the registry, usually).
*/
function rewriteLiterals(name, target, at) {
	const runs = name.map((s) => {
		if (s.origin.k === "lit" && s.origin.lit.source === "" && s.origin.lit.plain) {
			const start = s.origin.lit.start + s.origin.from;
			return {
				text: s.text,
				span: {
					start,
					end: start + s.text.length
				}
			};
		}
		return { text: s.text };
	});
	let rest = target;
	let n = runs.length;
	while (n > 1 && rest.endsWith(runs[n - 1].text) && runs.slice(0, n - 1).some((r) => r.span)) {
		rest = rest.slice(0, rest.length - runs[n - 1].text.length);
		n--;
	}
	for (const tries of [n, runs.length]) {
		const want = tries === n ? rest : target;
		const head = runs.slice(0, tries);
		for (let e = 0; e < head.length; e++) {
			const run = head[e];
			if (!run.span) continue;
			const before = head.slice(0, e).map((r) => r.text).join("");
			const after = head.slice(e + 1).map((r) => r.text).join("");
			if (!want.startsWith(before) || !want.endsWith(after) || want.length <= before.length + after.length) continue;
			const value = want.slice(before.length, want.length - after.length);
			return {
				ok: true,
				edits: value === run.text ? [] : [{
					start: run.span.start,
					end: run.span.end,
					text: value
				}],
				at: run.span
			};
		}
	}
	const literalCount = runs.filter((r) => r.span).length;
	const elsewhere = name.find((s) => s.origin.k === "lit" && s.origin.lit.source !== "");
	const source = elsewhere?.origin.k === "lit" ? elsewhere.origin.lit.source : void 0;
	return {
		ok: false,
		reason: literalCount === 0 ? source ? `the name is spelled in the chart's ${source}; change it there` : "no literal of the template spells the name" : `no change of the template's literal${literalCount > 1 ? "s" : ""} renders ${target}`,
		at
	};
}
// src/locate/template/learn.ts
/**
* Learn how a chart composes each image of its values from the template expressions that build it
* (issue 17): which values keys, in which order, with which defaults and separators. The result is
* the Helm locator's hook (src/locate/helm/learned.ts), which then decides over its shape tables.
*
* Each image field of each template is rendered with the chart's values (helpers, `with`, `range` and
* variables followed); the characters of its name are split into segments at the `/` the template
* writes, and each segment must come from one values key (with the keys and literals its `default`s
* fall back to) or be fixed text. Images whose name does not come from the values are not learned
* (the template locator handles their literals); names mirrorize cannot follow are left to the shapes.
*/
function learnCompositions(templates, chart, specs, fixed) {
	const out = /* @__PURE__ */ new Map();
	for (const t of templates) for (const r of renderImages(t.text, chart, specs)) {
		const learned = learnOne(fixed?.(r.text, r.name) ?? r.name, r.rest, r.line, t.source);
		if (learned && !out.has(learned.image.join("."))) out.set(learned.image.join("."), learned);
	}
	return [...out.values()];
}
const REPOSITORY_KEYS = /* @__PURE__ */ new Set([
	"repository",
	"repo",
	"image",
	"name"
]);
function sourceOf(seg) {
	if (seg.origin.k === "values") return { values: seg.origin.path.split(".") };
	if (seg.origin.k === "lit" || seg.origin.k === "text" || seg.origin.k === "chart") return { literal: seg.text };
}
/** The sources of one part: the segment's own, then what its `default`s fall back to. */
function sourcesOf(segs) {
	if (segs.some((s) => s.origin.k === "values" && s.origin.part)) return void 0;
	if (segs.length === 1 && segs[0].alts && segs[0].alts.length > 0) return [...segs[0].alts];
	const values = segs.filter((s) => s.origin.k === "values");
	if (values.length > 1) return void 0;
	if (values.length === 1) {
		const seg = values[0];
		if (segs.length !== 1) return void 0;
		const own = sourceOf(seg);
		return [own, ...(seg.alts ?? []).filter((a) => !("values" in a && "values" in own && a.values.join(".") === own.values.join(".")))];
	}
	if (segs.some((s) => s.origin.k === "unknown")) return void 0;
	return [{ literal: segs.map((s) => s.text).join("") }];
}
function learnOne(name, rest, line, source) {
	const segments = [[]];
	for (const s of name) {
		if (s.origin.k === "values" || s.origin.k === "unknown") {
			segments[segments.length - 1].push(s);
			continue;
		}
		s.text.split("/").forEach((p, i) => {
			if (i > 0) segments.push([]);
			if (p !== "") segments[segments.length - 1].push({
				...s,
				text: p
			});
		});
	}
	const nonEmpty = segments.filter((s) => s.length > 0);
	if (!nonEmpty.some((s) => s.some((x) => x.origin.k === "values"))) return void 0;
	if (nonEmpty.some((s) => s.some((x) => x.origin.k === "unknown"))) return void 0;
	const parts = nonEmpty.map((s) => sourcesOf(s));
	if (parts.some((p) => p === void 0)) return void 0;
	const repo = [...nonEmpty].reverse().find((s) => s.some((x) => x.origin.k === "values")).find((x) => x.origin.k === "values");
	const path = repo.origin.path.split(".");
	const learned = {
		image: path.length > 1 && REPOSITORY_KEYS.has(path[path.length - 1]) ? path.slice(0, -1) : path,
		name: parts,
		origin: `${source}:${line}`
	};
	const first = rest[0];
	if (first && first.origin.k === "values" && first.origin.path === repo.origin.path) return learned;
	const restText = rest.map((s) => s.text).join("");
	const at = restText.indexOf("@");
	const tagSegs = sliceText(rest, restText.startsWith(":") ? 1 : 0, at < 0 ? restText.length : at);
	const digestSegs = at < 0 ? [] : sliceText(rest, at + 1, restText.length);
	const tag = tagSegs.length > 0 ? sourcesOf(tagSegs) : void 0;
	if (tag) learned.tag = tag;
	if (digestSegs.length > 0) {
		const digest = sourcesOf(digestSegs);
		if (digest) learned.digest = digest;
	}
	return learned;
}
function sliceText(segs, start, end) {
	const out = [];
	let at = 0;
	for (const s of segs) {
		const a = Math.max(start, at);
		const b = Math.min(end, at + s.text.length);
		if (a < b) out.push({
			...s,
			text: s.text.slice(a - at, b - at)
		});
		at += s.text.length;
	}
	return out;
}
const VALUES_FILE_SPECS = [
	...[[{
		kind: "Application",
		group: "argoproj.io"
	}, ["spec.source", "spec.sources[]"]], [{
		kind: "ApplicationSet",
		group: "argoproj.io"
	}, ["spec.template.spec.source", "spec.template.spec.sources[]"]]].map(([match, sources]) => ({
		match,
		sources,
		files: "helm.valueFiles[]",
		from: "repo",
		dir: "path",
		by: "helm.valueFiles of an Argo CD Application"
	})),
	{
		match: {
			kind: "HelmRelease",
			group: "helm.toolkit.fluxcd.io"
		},
		sources: ["spec.chart.spec"],
		files: "valuesFiles[]",
		from: "repo",
		skipIf: {
			key: "sourceRef.kind",
			value: "HelmRepository"
		},
		by: "chart.spec.valuesFiles of a Flux HelmRelease"
	},
	...["valuesFile", "additionalValuesFiles[]"].map((files) => ({
		match: "kustomization",
		sources: ["helmCharts[]"],
		files,
		from: "file",
		by: `helmCharts[].${files.replace("[]", "")} of a kustomization`
	})),
	{
		match: "helmfile",
		sources: ["releases[]"],
		files: "values[]",
		from: "file",
		by: "releases[].values of a helmfile"
	}
];
/** A ConfigMap or Secret that kustomize generates from files (`configMapGenerator`, `secretGenerator`). */
const GENERATOR_SPECS = [{
	list: "configMapGenerator",
	kind: "ConfigMap"
}, {
	list: "secretGenerator",
	kind: "Secret"
}];
/** Where a Flux HelmRelease takes values from other objects (`valuesKey` defaults to `values.yaml`). */
const VALUES_FROM_SPECS = [{
	match: {
		kind: "HelmRelease",
		group: "helm.toolkit.fluxcd.io"
	},
	list: "spec.valuesFrom[]",
	defaultKey: "values.yaml"
}];
const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;
const HELMFILE = /(?:^|\/)(?:helmfile(?:\.[^/]*)?\.ya?ml|helmfile\.d\/[^/]+\.ya?ml)$/;
/** Is `file` (relative, `/`-separated) a helmfile by its name? */
function isHelmfileName(file) {
	return HELMFILE.test(file);
}
/** The values files, generated files and values sources one document names. */
function valuesNamesOf(root, role, file) {
	const out = {
		files: [],
		generated: [],
		from: []
	};
	if (!(0, import_dist.isMap)(root)) return out;
	const map = root;
	const kind = stringOf(map, "kind");
	const apiVersion = stringOf(map, "apiVersion") ?? "";
	const kustomization = role === "kustomization" || (kind === "Kustomization" || kind === "Component") && KUSTOMIZE_API.test(apiVersion);
	const applies = (match) => match === "kustomization" ? kustomization : match === "helmfile" ? kind === void 0 && isHelmfileName(file) : match.kind === kind && match.group === groupOf(apiVersion);
	for (const spec of VALUES_FILE_SPECS) {
		if (!applies(spec.match)) continue;
		for (const sourcePath of spec.sources) for (const source of nodesAt(map, compilePath(sourcePath))) {
			if (!(0, import_dist.isMap)(source)) continue;
			const src = source;
			if (spec.skipIf && stringAt(src, spec.skipIf.key) === spec.skipIf.value) continue;
			const dir = spec.dir === void 0 ? void 0 : stringAt(src, spec.dir);
			for (const name of nodesAt(src, compilePath(spec.files))) {
				if (!(0, import_dist.isScalar)(name) || typeof name.value !== "string") continue;
				const ref = fileRef(name.value, spec, dir);
				if (ref) out.files.push({
					...ref,
					at: name.range?.[0] ?? 0,
					by: spec.by
				});
			}
		}
	}
	if (kustomization) for (const g of GENERATOR_SPECS) for (const item of nodesAt(map, compilePath(`${g.list}[]`))) {
		if (!(0, import_dist.isMap)(item)) continue;
		const name = stringOf(item, "name");
		if (name === void 0) continue;
		for (const f of nodesAt(item, compilePath("files[]"))) {
			if (!(0, import_dist.isScalar)(f) || typeof f.value !== "string") continue;
			const eq = f.value.indexOf("=");
			const path = (eq >= 0 ? f.value.slice(eq + 1) : f.value).trim();
			const key = eq >= 0 ? f.value.slice(0, eq).trim() : path.split("/").at(-1) ?? path;
			if (path !== "") out.generated.push({
				kind: g.kind,
				name,
				key,
				path,
				at: f.range?.[0] ?? 0
			});
		}
	}
	for (const spec of VALUES_FROM_SPECS) {
		if (!applies(spec.match)) continue;
		for (const item of nodesAt(map, compilePath(spec.list))) {
			if (!(0, import_dist.isMap)(item)) continue;
			const m = item;
			const k = stringOf(m, "kind");
			const name = stringOf(m, "name");
			if (k === void 0 || name === void 0) continue;
			out.from.push({
				kind: k,
				name,
				key: stringOf(m, "valuesKey") ?? spec.defaultKey
			});
		}
	}
	return out;
}
/** A name as written, or undefined when it cannot be a file of this repository (a URL, a template). */
function fileRef(value, spec, dir) {
	const v = value.trim();
	if (v === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /[{}]/.test(v)) return void 0;
	if (spec.dir !== void 0) {
		const ref = /^\$[^/]+\/(.+)$/.exec(v);
		if (ref) return {
			path: ref[1],
			from: "repo"
		};
		if (v.startsWith("$")) return void 0;
		if (dir === void 0) return void 0;
		return {
			path: v,
			from: "repo",
			dir
		};
	}
	return {
		path: v,
		from: spec.from
	};
}
/** The string at a dotted path of plain keys below `map`. */
function stringAt(map, path) {
	const keys = path.split(".");
	let node = map;
	for (const k of keys.slice(0, -1)) {
		if (!(0, import_dist.isMap)(node)) return void 0;
		node = nodeAt(node, k);
	}
	return (0, import_dist.isMap)(node) ? stringOf(node, keys.at(-1)) : void 0;
}
/** Every node that the compiled steps lead to (no `*` or `**`: plain keys and lists). */
function nodesAt(node, steps) {
	let current = [node];
	for (const step of steps) {
		const next = [];
		for (const n of current) {
			if (!(0, import_dist.isMap)(n) || !("key" in step)) continue;
			const v = nodeAt(n, step.key);
			if (v === void 0) continue;
			if (!step.list) next.push(v);
			else if ((0, import_dist.isSeq)(v)) {
				for (const item of v.items) if (item) next.push(item);
			}
		}
		current = next;
	}
	return current;
}
// src/engine/fast-yaml.ts
/**
* A fast parser for the plain YAML most manifests are written in, producing the very `Document`s that
* `yaml`'s `parseAllDocuments` would (same node classes, values, scalar types, ranges, source), several
* times faster. It returns `undefined` for anything outside its subset and the caller then parses
* with `yaml`: tabs, CR, BOM, control characters, directives, `...`, anchors, aliases, tags, block
* scalars, escapes in double quotes, multi-line scalars and flow collections, quoted or complex keys,
* explicit keys, empty documents, duplicate keys, comments it cannot place, and every error.
*
* `skips` are documents it need not read (src/engine/imageless.ts): each becomes the map `_: 0` at its
* `kind:` line, as `yaml` reads the text `blankImageless` makes of them, without a look at its lines
* but for their line starts.
*
* What it does not produce: comments (`comment`, `commentBefore`, `spaceBefore`) — the engine reads
* comments from the text, never from nodes. A differential test (test/engine/fast-yaml.test.ts)
* compares it with `yaml` on the corpus, the benchmark trees and generated documents.
*/
function fastParseAllDocuments(text, lineCounter, limits, skips = []) {
	if (unsupportedChars(text, skips)) return void 0;
	try {
		const parser = new FastParser(text, limits?.maxDepth ?? Number.POSITIVE_INFINITY, limits?.maxDocuments, skips);
		const docs = parser.documents();
		if (docs === void 0) return void 0;
		if (lineCounter) for (const start of parser.lineStarts) lineCounter.lineStarts.push(start);
		return docs;
	} catch (e) {
		if (e instanceof RangeError && /call stack/i.test(e.message)) noteStackExhausted();
		return;
	}
}
/** Characters that send the whole text to `yaml`: tab, CR, BOM, C0/C1 controls, odd line separators. */
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Does `text` hold such a character outside the documents it skips? */
function unsupportedChars(text, skips) {
	if (skips.length === 0) return UNSUPPORTED_CHARS.test(text);
	let at = 0;
	for (const [start, end] of skips) {
		if (start > at && UNSUPPORTED_CHARS.test(text.slice(at, start))) return true;
		at = end;
	}
	return at < text.length && UNSUPPORTED_CHARS.test(text.slice(at));
}
/** Thrown (never escapes) when the text leaves the supported subset. */
const BAIL = Object.freeze({ bail: true });
function bail() {
	throw BAIL;
}
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const COMMA = 44;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;
/** Line kinds. */
const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;
const MARKER = 3;
/** A skipped document's body: one entry, at its `kind:` line (`ends` is that line's end). */
const SKIPPED = 4;
/** First characters of a plain scalar that make it something else, or that the fast path leaves to `yaml`. */
const NOT_PLAIN_START = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));
/**
* Nodes are built on prototypes that carry yaml's node-type symbol (and, for collections, the shared
* schema) instead of through the constructors, which define that symbol on every instance with
* `Object.defineProperty` — a third of the parse time. They are instances of yaml's classes, pass
* `isScalar`/`isMap`/..., and behave the same for every read; only `Object.getPrototypeOf` tells them
* apart.
*/
const NODE_TYPE = Symbol.for("yaml.node.type");
let protos;
function prototypes() {
	if (!protos) {
		const template = new import_dist.Document(void 0, { prettyErrors: false });
		const typed = (base, type, extra = {}) => Object.create(base, {
			[NODE_TYPE]: { value: Symbol.for(type) },
			...extra
		});
		const schema = { schema: {
			value: template.schema,
			writable: true,
			configurable: true
		} };
		protos = {
			scalar: typed(import_dist.Scalar.prototype, "yaml.scalar"),
			map: typed(import_dist.YAMLMap.prototype, "yaml.map", schema),
			seq: typed(import_dist.YAMLSeq.prototype, "yaml.seq", schema),
			pair: typed(import_dist.Pair.prototype, "yaml.pair"),
			doc: typed(import_dist.Document.prototype, "yaml.document"),
			template
		};
	}
	return protos;
}
function newScalar(value) {
	const s = Object.create(prototypes().scalar);
	s.value = value;
	return s;
}
function newMap() {
	const m = Object.create(prototypes().map);
	m.items = [];
	return m;
}
function newSeq() {
	const m = Object.create(prototypes().seq);
	m.items = [];
	return m;
}
function newPair(key, value) {
	const p = Object.create(prototypes().pair);
	p.key = key;
	p.value = value;
	return p;
}
/** Did the fast parser make `doc`? Its documents hold no anchors, aliases or tags (it leaves them to `yaml`). */
function isFastDocument(doc) {
	return protos !== void 0 && Object.getPrototypeOf(doc) === protos.doc;
}
/** A document as the composer makes it, sharing the options and schema of one template. */
function newDocument(docStart) {
	const { doc: proto, template } = prototypes();
	const d = Object.create(proto);
	d.commentBefore = null;
	d.comment = null;
	d.errors = [];
	d.warnings = [];
	d.options = template.options;
	d.directives = template.directives.clone();
	if (docStart) d.directives.docStart = true;
	d.schema = template.schema;
	return d;
}
/** The core schema's scalar tags, taken from `yaml` itself so that values resolve exactly as it does. */
let schemaTags;
function tags() {
	if (!schemaTags) {
		const { template } = prototypes();
		const schema = template.schema;
		schemaTags = {
			tags: schema.tags.filter((t) => t.test !== void 0),
			str: schema[Symbol.for("yaml.scalar")],
			options: template.options
		};
	}
	return schemaTags;
}
/** First characters of a plain scalar that may resolve to something other than a string. */
function mayNotBeString(c) {
	return c >= 48 && c <= 57 || c === 43 || c === DASH || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}
function plainScalar(value, atKey) {
	if (value.length > 0 && !mayNotBeString(value.charCodeAt(0))) return newScalar(value);
	const { tags: list, str, options } = tags();
	const tag = list.find((t) => (t.default === true || atKey && t.default === "key") && t.test.test(value)) ?? str;
	const res = tag.resolve(value, bail, options);
	const scalar = res instanceof import_dist.Scalar ? res : newScalar(res);
	if (tag.format) scalar.format = tag.format;
	return scalar;
}
/**
* The keys of one map, to refuse duplicates (yaml reports them as errors: left to it). A list for the
* few keys most maps have (a Set each would cost more than the whole map), a Set past that.
*/
var UniqueKeys = class {
	list = [];
	set;
	/** Add a key's value; bails when the map has it already. */
	add(value) {
		if (this.set) {
			if (this.set.has(value)) bail();
			this.set.add(value);
			return;
		}
		for (const v of this.list) if (v === value) bail();
		this.list.push(value);
		if (this.list.length > 16) this.set = new Set(this.list);
	}
};
var FastParser = class {
	text;
	maxDepth;
	maxDocuments;
	/** Where each entry of the line table starts: every line's start when nothing is skipped. */
	starts = [];
	/** Where every line starts, when some are skipped (and so not in `starts`). */
	allStarts;
	/** Where every line starts (what a LineCounter records). */
	get lineStarts() {
		return this.allStarts ?? this.starts;
	}
	ends = [];
	indents = [];
	kinds = [];
	/** Index of the first line after the current document. */
	limit = 0;
	/** Collections open around the current node. */
	depth = 0;
	constructor(text, maxDepth = Number.POSITIVE_INFINITY, maxDocuments = Number.POSITIVE_INFINITY, skips = []) {
		this.text = text;
		this.maxDepth = maxDepth;
		this.maxDocuments = maxDocuments;
		let start = 0;
		const n = text.length;
		const all = skips.length > 0 ? [] : void 0;
		this.allStarts = all;
		let skip = 0;
		while (start <= n) {
			if (all !== void 0 && skip < skips.length && skips[skip][0] === start) {
				const [, bodyEnd, kindAt] = skips[skip++];
				let kindEnd = text.indexOf("\n", kindAt);
				if (kindEnd < 0) kindEnd = n;
				this.starts.push(kindAt);
				this.ends.push(kindEnd);
				this.indents.push(0);
				this.kinds.push(SKIPPED);
				all.push(start);
				for (let nl = text.indexOf("\n", start); nl >= 0 && nl < bodyEnd; nl = text.indexOf("\n", nl + 1)) if (nl + 1 < bodyEnd || bodyEnd === n) all.push(nl + 1);
				if (bodyEnd >= n) break;
				start = bodyEnd;
				continue;
			}
			let end = text.indexOf("\n", start);
			if (end < 0) end = n;
			let i = start;
			while (i < end && text.charCodeAt(i) === SPACE) i++;
			let kind;
			if (i === end) kind = BLANK;
			else if (text.charCodeAt(i) === HASH) kind = COMMENT;
			else if (i === start && end - start >= 3 && (text.startsWith("---", start) || text.startsWith("...", start))) {
				if (end - start !== 3 || text.charCodeAt(start) !== DASH) bail();
				kind = MARKER;
			} else if (i === start && text.charCodeAt(start) === 37) bail();
			else kind = CONTENT;
			this.starts.push(start);
			this.ends.push(end);
			this.indents.push(i - start);
			this.kinds.push(kind);
			all?.push(start);
			if (end === n) break;
			start = end + 1;
		}
	}
	/** Every document, or undefined (bail) for texts without content. */
	documents() {
		const docs = [];
		const lines = this.kinds.length;
		let line = 0;
		while (line < lines) {
			let marker;
			if (this.kinds[line] === MARKER) {
				marker = this.starts[line];
				line++;
			}
			if (this.kinds[line] === SKIPPED) {
				docs.push(this.skipped(line, marker));
				if (docs.length > this.maxDocuments) bail();
				line++;
				continue;
			}
			let end = line;
			while (end < lines && this.kinds[end] !== MARKER) end++;
			this.limit = end;
			const first = this.nextContent(line);
			if (first < 0) return;
			if (this.indents[first] !== 0) bail();
			const contents = this.blockNode(first, this.starts[first], -1);
			if (this.next < this.limit) bail();
			for (let l = this.after; l < end; l++) if (this.kinds[l] === COMMENT && this.indents[l] !== 0) bail();
			const docEnd = end < lines ? this.starts[end] : this.text.length;
			const doc = newDocument(marker !== void 0);
			doc.contents = contents;
			const contentEnd = contents.range[2];
			doc.range = [
				marker ?? contents.range[0],
				contentEnd,
				this.endsEmpty ? contentEnd : docEnd
			];
			docs.push(doc);
			if (docs.length > this.maxDocuments) bail();
			line = end;
		}
		return docs.length > 0 ? docs : void 0;
	}
	/**
	* A skipped document (its one line-table entry is `line`, and a marker or the text's end follows):
	* the map `_: 0` at its `kind:` line, with the ranges `yaml` gives it in the blanked text.
	*/
	skipped(line, marker) {
		if (this.maxDepth < 1) bail();
		const at = this.starts[line];
		const lineEnd = this.ends[line];
		const key = plainScalar("_", true);
		key.range = [
			at,
			at + 1,
			at + 1
		];
		key.source = "_";
		key.type = import_dist.Scalar.PLAIN;
		const value = plainScalar("0", false);
		value.source = "0";
		value.type = import_dist.Scalar.PLAIN;
		const nodeEnd = lineEnd < this.text.length ? lineEnd + 1 : lineEnd;
		value.range = [
			at + 3,
			at + 4,
			nodeEnd
		];
		const map = newMap();
		map.items.push(newPair(key, value));
		map.range = [
			at,
			nodeEnd,
			nodeEnd
		];
		const doc = newDocument(marker !== void 0);
		doc.contents = map;
		const docEnd = line + 1 < this.kinds.length ? this.starts[line + 1] : this.text.length;
		doc.range = [
			marker ?? at,
			nodeEnd,
			docEnd
		];
		return doc;
	}
	/** After a node: the first content line that follows it (or `limit`). */
	next = 0;
	/** After a node: the first line that follows it. */
	after = 0;
	/** Did the last node end with an empty value (`key:` at the end)? Its document then ends there. */
	endsEmpty = false;
	/**
	* The first content line at or after `line` within the document, checking that every comment line
	* on the way sits at the column of that content line (comments elsewhere change node ranges in ways
	* the fast path does not model); -1 when there is none.
	*/
	nextContent(line) {
		let l = line;
		let comment = -1;
		while (l < this.limit && this.kinds[l] !== CONTENT) {
			if (this.kinds[l] === COMMENT && comment < 0) comment = this.indents[l];
			l++;
		}
		if (l >= this.limit) return -1;
		if (comment >= 0) {
			for (let k = line; k < l; k++) if (this.kinds[k] === COMMENT && this.indents[k] !== this.indents[l]) bail();
		}
		return l;
	}
	/** Is there a comment line among the blank and comment lines right above `line`? */
	commentedAbove(line) {
		for (let l = line - 1; l >= 0 && this.kinds[l] !== CONTENT && this.kinds[l] !== MARKER; l--) if (this.kinds[l] === COMMENT) return true;
		return false;
	}
	commentsBetween(from, to) {
		for (let l = from; l < to; l++) if (this.kinds[l] === COMMENT) return true;
		return false;
	}
	/** Record where the node that ended on `line` leaves off. */
	finishLine(line) {
		this.after = line + 1;
		const n = this.nextContent(line + 1);
		this.next = n < 0 ? this.limit : n;
	}
	/** A block node (map, sequence) whose first character is at `pos` on `line`, deeper than its parent. */
	blockNode(line, pos, parentIndent) {
		const col = pos - this.starts[line];
		if (col <= parentIndent) bail();
		if (this.isSeqItem(pos, line)) return this.blockSeq(line, pos, col, false);
		return this.blockMap(line, pos, col);
	}
	isSeqItem(pos, line) {
		const t = this.text;
		return t.charCodeAt(pos) === DASH && (pos + 1 === this.ends[line] || t.charCodeAt(pos + 1) === SPACE);
	}
	/**
	* A block sequence at column `col`. `keyColumn`: it is the value of a map key at the same column
	* (`containers:` then `- name: x` below it), so a line at that column that is not an item ends it.
	*/
	blockSeq(line, pos, col, keyColumn) {
		if (++this.depth > this.maxDepth) bail();
		const seq = newSeq();
		let end = pos;
		let l = line;
		let p = pos;
		for (;;) {
			const lineEnd = this.ends[l];
			let q = p + 1;
			while (q < lineEnd && this.text.charCodeAt(q) === SPACE) q++;
			let item;
			if (q === lineEnd || this.text.charCodeAt(q) === HASH) {
				item = this.nestedOrNull(l, q, col, false);
				if (item instanceof import_dist.Scalar && this.commentedAbove(l)) bail();
			} else if (this.isSeqItem(q, l)) bail();
			else if (this.entryColon(q, lineEnd) >= 0) item = this.blockMap(l, q, q - this.starts[l]);
			else item = this.inlineValue(l, q, col);
			seq.items.push(item);
			end = item.range[2];
			const n = this.next;
			if (n >= this.limit || this.indents[n] < col) break;
			if (this.indents[n] !== col) bail();
			p = this.starts[n] + col;
			if (!this.isSeqItem(p, n)) {
				if (keyColumn && !this.commentsBetween(this.after, n)) break;
				bail();
			}
			l = n;
		}
		seq.range = [
			pos,
			end,
			end
		];
		this.depth--;
		return seq;
	}
	blockMap(line, pos, col) {
		if (++this.depth > this.maxDepth) bail();
		const map = newMap();
		const keys = new UniqueKeys();
		let end = pos;
		let l = line;
		let p = pos;
		for (;;) {
			const lineEnd = this.ends[l];
			const colon = this.entryColon(p, lineEnd);
			if (colon < 0) bail();
			const keyText = this.text.slice(p, colon);
			if (colon - p > 1e3 || this.text.charCodeAt(colon - 1) === SPACE) bail();
			const key = plainScalar(keyText, true);
			key.range = [
				p,
				colon,
				colon
			];
			key.source = keyText;
			key.type = import_dist.Scalar.PLAIN;
			keys.add(key.value);
			let q = colon + 1;
			while (q < lineEnd && this.text.charCodeAt(q) === SPACE) q++;
			let value;
			if (q === lineEnd || this.text.charCodeAt(q) === HASH) value = this.nestedOrNull(l, q, col, true);
			else value = this.inlineValue(l, q, col);
			map.items.push(newPair(key, value));
			end = value.range[2];
			const n = this.next;
			if (n >= this.limit || this.indents[n] < col) break;
			if (this.indents[n] !== col) bail();
			l = n;
			p = this.starts[n] + col;
			if (this.isSeqItem(p, n)) bail();
		}
		map.range = [
			pos,
			end,
			end
		];
		this.depth--;
		return map;
	}
	/**
	* The value of `key:` or `-` with nothing after it on its line but spaces and a comment (`at` is
	* where they end, or the comment starts): the block on the next lines (deeper, or a sequence at the
	* key's column), or an empty (null) scalar at `at`.
	*/
	nestedOrNull(line, at, col, inMap) {
		const n = this.nextContent(line + 1);
		if (n >= 0) {
			const indent = this.indents[n];
			const p = this.starts[n] + indent;
			if (indent > col) return this.blockNode(n, p, col);
			if (inMap && indent === col && this.isSeqItem(p, n)) return this.blockSeq(n, p, col, true);
		}
		if (at < this.ends[line]) bail();
		this.finishLine(line);
		if (this.commentsBetween(line + 1, this.next)) bail();
		this.endsEmpty = true;
		const empty = plainScalar("", false);
		empty.range = [
			at,
			at,
			at
		];
		empty.source = "";
		empty.type = import_dist.Scalar.PLAIN;
		return empty;
	}
	/**
	* Where the `:` of a block map entry starting at `pos` is (a plain key followed by `: ` or `:` at the
	* end of the line), or -1 when the line holds no entry. Quoted, flow and complex keys bail.
	*/
	entryColon(pos, lineEnd) {
		const t = this.text;
		const c = t.charCodeAt(pos);
		if (c === DQUOTE || c === SQUOTE || c === LBRACKET || c === LBRACE) {
			const close = c === DQUOTE || c === SQUOTE ? this.quoteEnd(pos, lineEnd) : -1;
			if (close >= 0) {
				let q = close + 1;
				while (q < lineEnd && t.charCodeAt(q) === SPACE) q++;
				if (t.charCodeAt(q) === COLON) bail();
			} else if (c === LBRACKET || c === LBRACE) {
				if (hasMapIndicator(t, pos, lineEnd)) bail();
			}
			return -1;
		}
		if (NOT_PLAIN_START.has(c)) {
			const next = t.charCodeAt(pos + 1);
			if (!((c === DASH || c === 63 || c === COLON) && pos + 1 < lineEnd && next !== SPACE)) {
				if (hasMapIndicator(t, pos, lineEnd)) bail();
				return -1;
			}
		}
		for (let i = pos; i < lineEnd; i++) {
			const ch = t.charCodeAt(i);
			if (ch === COLON) {
				if (i + 1 === lineEnd || t.charCodeAt(i + 1) === SPACE) return i;
			} else if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return -1;
		}
		return -1;
	}
	/** A scalar or flow collection that starts at `pos` and ends on its line. */
	inlineValue(line, pos, col) {
		const t = this.text;
		const lineEnd = this.ends[line];
		const c = t.charCodeAt(pos);
		let node;
		let valueEnd;
		if (c === DQUOTE || c === SQUOTE) {
			const close = this.quoteEnd(pos, lineEnd);
			if (close < 0) bail();
			node = this.quoted(pos, close);
			valueEnd = close + 1;
		} else if (c === LBRACKET || c === LBRACE) {
			const flow = new FlowParser(t, pos, lineEnd, this.depth, this.maxDepth);
			node = flow.collection();
			valueEnd = flow.pos;
		} else {
			if (NOT_PLAIN_START.has(c) && !((c === DASH || c === 63 || c === COLON) && isSafeAfterIndicator(t, pos + 1, lineEnd))) bail();
			valueEnd = pos;
			for (let i = pos; i < lineEnd; i++) {
				const ch = t.charCodeAt(i);
				if (ch === HASH && t.charCodeAt(i - 1) === SPACE) break;
				if (ch === COLON && (i + 1 === lineEnd || t.charCodeAt(i + 1) === SPACE)) bail();
				if (ch !== SPACE) valueEnd = i + 1;
			}
			const source = t.slice(pos, valueEnd);
			node = plainScalar(source, false);
			node.source = source;
			node.type = import_dist.Scalar.PLAIN;
		}
		let q = valueEnd;
		while (q < lineEnd && t.charCodeAt(q) === SPACE) q++;
		if (q < lineEnd) {
			if (t.charCodeAt(q) !== HASH || q === valueEnd) bail();
		}
		const nodeEnd = lineEnd < t.length ? lineEnd + 1 : lineEnd;
		node.range = [
			pos,
			valueEnd,
			nodeEnd
		];
		this.finishLine(line);
		this.endsEmpty = false;
		if (this.next < this.limit && this.indents[this.next] > col) bail();
		return node;
	}
	/** The index of the closing quote of the quoted scalar at `pos`, or -1 if it is not on this line. */
	quoteEnd(pos, lineEnd) {
		const t = this.text;
		const q = t.charCodeAt(pos);
		for (let i = pos + 1; i < lineEnd; i++) {
			const ch = t.charCodeAt(i);
			if (q === DQUOTE && ch === BACKSLASH) bail();
			if (ch === q) {
				if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
					i++;
					continue;
				}
				return i;
			}
		}
		return -1;
	}
	quoted(pos, close) {
		const raw = this.text.slice(pos + 1, close);
		const single = this.text.charCodeAt(pos) === SQUOTE;
		const value = single ? raw.replaceAll("''", "'") : raw;
		const s = newScalar(value);
		s.source = value;
		s.type = single ? import_dist.Scalar.QUOTE_SINGLE : import_dist.Scalar.QUOTE_DOUBLE;
		return s;
	}
};
/** Is there a `: ` (or `:` at the end) in `text[pos, lineEnd)`, outside quotes and before a comment? */
function hasMapIndicator(text, pos, lineEnd) {
	let quote = 0;
	for (let i = pos; i < lineEnd; i++) {
		const ch = text.charCodeAt(i);
		if (quote) {
			if (ch === quote) quote = 0;
			continue;
		}
		if (ch === DQUOTE || ch === SQUOTE) quote = ch;
		else if (ch === HASH && i > pos && text.charCodeAt(i - 1) === SPACE) return false;
		else if (ch === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) return true;
	}
	return false;
}
function isSafeAfterIndicator(text, at, lineEnd) {
	if (at >= lineEnd) return false;
	const c = text.charCodeAt(at);
	return c !== SPACE && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE;
}
/** A flow collection that opens and closes on one line: `[a, "b", {c: d}]`, `{a: b, c: [d]}`. */
var FlowParser = class {
	text;
	pos;
	lineEnd;
	depth;
	maxDepth;
	constructor(text, pos, lineEnd, depth = 0, maxDepth = Number.POSITIVE_INFINITY) {
		this.text = text;
		this.pos = pos;
		this.lineEnd = lineEnd;
		this.depth = depth;
		this.maxDepth = maxDepth;
	}
	collection() {
		if (++this.depth > this.maxDepth) bail();
		const t = this.text;
		const start = this.pos;
		const isMap = t.charCodeAt(start) === LBRACE;
		const close = isMap ? RBRACE : RBRACKET;
		const coll = isMap ? newMap() : newSeq();
		coll.flow = true;
		this.pos++;
		this.spaces();
		const keys = new UniqueKeys();
		while (t.charCodeAt(this.pos) !== close) {
			if (this.pos >= this.lineEnd) bail();
			if (isMap) {
				const key = this.item(true);
				if (t.charCodeAt(this.pos) !== COLON || t.charCodeAt(this.pos + 1) !== SPACE) bail();
				if (!(key instanceof import_dist.Scalar)) bail();
				keys.add(key.value);
				this.pos += 2;
				this.spaces();
				const c = t.charCodeAt(this.pos);
				if (c === COMMA || c === close) bail();
				const value = this.item(false);
				coll.items.push(newPair(key, value));
			} else {
				coll.items.push(this.item(false));
				if (t.charCodeAt(this.pos) === COLON) bail();
			}
			const c = t.charCodeAt(this.pos);
			if (c === COMMA) {
				this.pos++;
				this.spaces();
				if (t.charCodeAt(this.pos) === COMMA) bail();
			} else if (c !== close) bail();
		}
		this.pos++;
		coll.range = [
			start,
			this.pos,
			this.pos
		];
		this.depth--;
		return coll;
	}
	spaces() {
		while (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
	}
	/** One flow item; leaves `pos` after it and the spaces that follow (which its range covers). */
	item(atKey) {
		const t = this.text;
		const start = this.pos;
		const c = t.charCodeAt(start);
		let node;
		let valueEnd;
		if (c === LBRACKET || c === LBRACE) {
			if (atKey) bail();
			node = this.collection();
			valueEnd = this.pos;
		} else if (c === DQUOTE || c === SQUOTE) {
			let close = -1;
			for (let i = start + 1; i < this.lineEnd; i++) {
				const ch = t.charCodeAt(i);
				if (c === DQUOTE && ch === BACKSLASH) bail();
				if (ch === c) {
					if (c === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
						i++;
						continue;
					}
					close = i;
					break;
				}
			}
			if (close < 0) bail();
			const raw = t.slice(start + 1, close);
			const single = c === SQUOTE;
			const value = single ? raw.replaceAll("''", "'") : raw;
			const s = newScalar(value);
			s.source = value;
			s.type = single ? import_dist.Scalar.QUOTE_SINGLE : import_dist.Scalar.QUOTE_DOUBLE;
			node = s;
			valueEnd = close + 1;
			if (atKey) bail();
		} else {
			if (NOT_PLAIN_START.has(c) && !((c === DASH || c === 63 || c === COLON) && isSafeAfterIndicator(t, start + 1, this.lineEnd))) bail();
			valueEnd = start;
			let i = start;
			for (; i < this.lineEnd; i++) {
				const ch = t.charCodeAt(i);
				if (ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE) break;
				if (ch === COLON) {
					const next = t.charCodeAt(i + 1);
					if (i + 1 >= this.lineEnd || next === SPACE || next === COMMA || next === RBRACKET || next === RBRACE) break;
				}
				if (ch === HASH && t.charCodeAt(i - 1) === SPACE) bail();
				if (ch !== SPACE) valueEnd = i + 1;
			}
			if (valueEnd === start) bail();
			const source = t.slice(start, valueEnd);
			node = plainScalar(source, atKey);
			node.source = source;
			node.type = import_dist.Scalar.PLAIN;
		}
		this.pos = valueEnd;
		this.spaces();
		node.range = [
			start,
			valueEnd,
			this.pos
		];
		return node;
	}
};
// src/engine/ignore.ts
/** The comment that leaves a reference alone: `# mirrorize-ignore`, optionally followed by a reason. */
const IGNORE = /^#\s*mirrorize-ignore\b/;
/**
* The line of the `# mirrorize-ignore` comment that leaves the reference at `span` alone, if any: a
* real comment on the reference's own line after its value (YAML only: a `#` after white space,
* outside quotes), or a comment-only line directly above it, indented no deeper than the reference's
* line (a deeper `#` line is the content of a block scalar above, not a comment). For the map of a
* Helm image, the line above may also be the map's own key line (`image: # mirrorize-ignore`), when
* `key` is that key. Words inside a quoted string, or a comment at the end of another reference's line,
* never count.
*/
function ignoreCommentLine(pos, span, options) {
	const line = pos.line(span.start);
	if (options.inline) {
		const endLine = pos.line(span.end);
		const lineStart = pos.lineCounter.lineStarts[endLine - 1] ?? 0;
		const comment = commentOf(pos.lineText(endLine), Math.max(0, span.end - lineStart));
		if (comment !== void 0 && IGNORE.test(comment)) return endLine;
	}
	const above = commentAbove(pos, line);
	if (above !== void 0 || !options.inline || options.key === void 0) return above;
	const head = keyLineAbove(pos, line);
	if (head === void 0) return void 0;
	const m = /^[ \t]*(?:-[ \t]+)?([^\s#:][^#]*?):(?:[ \t]+(#.*))?\s*$/.exec(pos.lineText(head));
	if (!m || unquote(m[1]) !== options.key) return void 0;
	if (m[2] !== void 0 && IGNORE.test(m[2].trimEnd())) return head;
	return commentAbove(pos, head);
}
/** The comment-only line directly above `line`, indented no deeper, when it is `# mirrorize-ignore`. */
function commentAbove(pos, line) {
	if (line <= 1) return void 0;
	const above = pos.lineText(line - 1);
	const trimmed = above.trim();
	if (!trimmed.startsWith("#") || indentOf(above) > indentOf(pos.lineText(line))) return void 0;
	return IGNORE.test(trimmed) ? line - 1 : void 0;
}
/** The nearest line above `line` indented less (blank and comment lines passed over), if close. */
function keyLineAbove(pos, line) {
	const own = indentOf(pos.lineText(line));
	for (let l = line - 1; l >= 1 && l >= line - 200; l--) {
		const t = pos.lineText(l);
		const trimmed = t.trim();
		if (trimmed === "" || trimmed.startsWith("#")) continue;
		if (/^[ \t]*/.exec(t)[0].length < own) return l;
	}
}
/** The comment of a line, looking from `from` on (outside quotes, after white space); or undefined. */
function commentOf(line, from) {
	for (let i = from; i < line.length; i++) {
		const c = line[i];
		if (c === "\"") {
			i++;
			while (i < line.length && line[i] !== "\"") i += line[i] === "\\" ? 2 : 1;
			if (i >= line.length) return void 0;
		} else if (c === "'") {
			i++;
			while (i < line.length && !(line[i] === "'" && line[i + 1] !== "'")) i += line[i] === "'" ? 2 : 1;
			if (i >= line.length) return void 0;
		} else if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return line.slice(i).replace(/\r?\n$/, "").trimEnd();
	}
}
/** Columns of leading white space; a sequence item's `- ` counts as indentation of its content. */
function indentOf(line) {
	const m = /^[ \t]*(?:-[ \t]+)*/.exec(line);
	return m ? m[0].length : 0;
}
function unquote(key) {
	const k = key.trim();
	return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}
// src/engine/imageless.ts
/**
* Documents that cannot hold an image a locator reads (a CustomResourceDefinition, a ClusterRole:
* see src/locate/imageless-kinds.ts) need not be parsed into nodes. `maskImageless` finds them from
* their text alone — a document whose `apiVersion:` and `kind:` each stand exactly once at the start
* of a line, with plain or quoted values — and blanks them: the document becomes the map `_: 0` (at
* its `kind:` line) and comment lines (`#` and spaces), with every line break kept, so offsets, lines
* and the number of documents do not change, the fast parser takes it, and the scanners that read it
* line by line (the depth pre-scan, the fast parser's line table) pass each line at its first character.
* MIRRORIZE_SKIP_IMAGELESS=0 turns it off (the equivalence tests compare both).
*/
const KIND = /^kind:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$/;
const API_VERSION = /^apiVersion:[ \t]*(["']?)([a-z0-9][a-z0-9.-]*(?:\/[a-z0-9.-]+)?)\1[ \t]*(?:#.*)?\r?$/;
/**
* The documents of `text` that `holdsImages` says no to, in order. The fast parser takes these ranges
* and makes each such document the map `_: 0` without reading its lines (src/engine/fast-yaml.ts);
* `blankImageless` makes the text that `yaml` reads the same way.
*/
function imagelessRanges(text, holdsImages) {
	if (process.env.MIRRORIZE_SKIP_IMAGELESS === "0") return [];
	if (!text.includes("kind:")) return [];
	const ranges = [];
	let kindAt = 0;
	let bodyStart = text.charCodeAt(0) === 65279 ? 1 : 0;
	let kinds = 0;
	let apis = 0;
	let kind = "";
	let api = "";
	let plain = true;
	const close = (end) => {
		if (plain && kinds === 1 && apis === 1 && end - bodyStart >= 2 && !holdsImages(api, kind)) ranges.push([
			bodyStart,
			end,
			kindAt
		]);
		kinds = 0;
		apis = 0;
		plain = true;
	};
	let start = bodyStart;
	while (start < text.length) {
		let end = text.indexOf("\n", start);
		if (end < 0) end = text.length;
		const c = text.charCodeAt(start);
		if ((c === 45 || c === 46) && isMarker(text, start, end, c)) {
			close(start);
			bodyStart = end + 1;
			const rest = text.slice(start + 3, end).trim();
			plain = rest === "" || rest.startsWith("#");
		} else if (c === 107 && text.startsWith("kind:", start)) {
			const m = KIND.exec(text.slice(start, end));
			kinds++;
			kindAt = start;
			if (m) kind = m[2];
			else plain = false;
		} else if (c === 97 && text.startsWith("apiVersion:", start)) {
			const m = API_VERSION.exec(text.slice(start, end));
			apis++;
			if (m) api = m[2];
			else plain = false;
		} else if (c === 37) plain = false;
		start = end + 1;
	}
	close(text.length);
	return ranges;
}
/** `text` with every range blanked: `_: 0` at its `kind:` line, comment lines around it. */
function blankImageless(text, ranges) {
	if (ranges.length === 0) return text;
	let out = "";
	let at = 0;
	const blank = (from, to) => {
		const parts = [];
		let lineStart = from === 0 || text.charCodeAt(from - 1) === 10;
		for (let i = from; i < to;) {
			let nl = text.indexOf("\n", i);
			if (nl < 0 || nl >= to) nl = to;
			const n = nl - i;
			if (n > 0) parts.push(lineStart ? `#${spaces(n - 1)}` : spaces(n));
			i = nl + 1;
			lineStart = true;
			if (nl < to) parts.push("\n");
		}
		return parts.join("");
	};
	for (const [a, b, k] of ranges) {
		out += `${text.slice(at, a)}${blank(a, k)}_: 0${blank(k + 4, b)}`;
		at = b;
	}
	return out + text.slice(at);
}
/** Is the line at `start` a document marker (`---` or `...` followed by a blank or its end)? */
function isMarker(text, start, end, c) {
	if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
	if (start + 3 >= end) return true;
	const next = text.charCodeAt(start + 3);
	return next === 32 || next === 9 || next === 13;
}
const SPACES = " ".repeat(256);
function spaces(n) {
	return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}
Object.freeze({ needsYaml: true });
/**
* Every YAML document of a file text, with the line starts recorded in `lineCounter` (which must be
* fresh). The fast parser takes the plain YAML most manifests are written in and `yaml` everything
* else, with identical results (test/engine/fast-yaml.test.ts). MIRRORIZE_YAML_PARSER=yaml turns the
* fast parser off.
*/
function parseDocuments(text, lineCounter, skips = []) {
	return fastDocuments(text, lineCounter, void 0, skips) ?? slowDocuments(blankImageless(text, skips), lineCounter);
}
/**
* The fast parser alone, held to `limits` (see `FastLimits`), leaving the documents `skips` names
* unread: undefined when it does not take the text (then check the limits of the text
* `blankImageless` makes, and `slowDocuments` it).
*/
function fastDocuments(text, lineCounter, limits, skips = []) {
	if (process.env.MIRRORIZE_YAML_PARSER === "yaml") return void 0;
	return fastParseAllDocuments(text, lineCounter, limits, skips);
}
/** `yaml` (in a worker: inside `fastOnly`, this stops at once). */
function slowDocuments(text, lineCounter) {
	const docs = (0, import_dist.parseAllDocuments)(text, {
		lineCounter,
		prettyErrors: false
	});
	return Array.isArray(docs) ? docs : [];
}
// src/engine/position.ts
function positioner(text) {
	const lineCounter = new import_dist.LineCounter();
	const bom = text.charCodeAt(0) === 65279;
	const at = (offset) => {
		const p = lineCounter.lineStarts.length > 0 ? lineCounter.linePos(offset) : scan(text, offset);
		const column = bom && p.line === 1 ? Math.max(1, p.col - 1) : p.col;
		return {
			line: p.line,
			column
		};
	};
	return {
		lineCounter,
		at,
		line: (offset) => at(offset).line,
		lineText: (line) => {
			const starts = lineCounter.lineStarts;
			const start = starts[line - 1] ?? 0;
			const end = starts[line] ?? text.length;
			return text.slice(start, end);
		}
	};
}
function scan(text, offset) {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") {
		line++;
		start = i + 1;
	}
	return {
		line,
		col: offset - start + 1
	};
}
/** A finding at a span of the file. */
function findingAt(pos, file, span, rest) {
	const a = pos.at(span.start);
	const b = pos.at(Math.max(span.start, span.end));
	return {
		file,
		line: a.line,
		column: a.column,
		endLine: b.line,
		endColumn: b.column,
		...rest
	};
}
// src/engine/prefilter.ts
/**
* Words at least one of which a manifest must contain to hold an image reference a locator can find:
* `image` (every built-in field: `image`, `imageName`, `images[].image`, `--x-image=` flags, `*IMAGE*`
* env vars), `containers` (args and env of containers written without an image, as in patches), and
* the kinds and keys that embed Helm values, whose shapes need not say `image` at all, and the words
* of files that name Helm values files (src/locate/values-files.ts).
*/
const MANIFEST_WORDS = [
	"image",
	"containers",
	"HelmRelease",
	"HelmChart",
	"Application",
	"valuesInline",
	"valuesObject",
	"valuesContent",
	"releases",
	"ClusterConfiguration"
];
/**
* The cheap test that lets the engine skip parsing a file that cannot hold an image reference. It
* never loses one: kustomizations and Helm values files are always parsed (their shapes are too many
* to name), and manifests are skipped only when they contain none of the words above nor the last key
* of any field spec of the config. A spec ending in `*` disables the test.
*/
function compilePrefilter(settings) {
	const words = new Set(MANIFEST_WORDS);
	for (const spec of BUILTIN_FIELD_SPECS) {
		const last = compilePath(spec.path).at(-1);
		if (last && "key" in last) words.add(last.key);
	}
	for (const spec of settings.fields) {
		const last = compilePath(spec.path).at(-1);
		if (!last || !("key" in last)) return { ...SOURCES };
		words.add(last.key);
	}
	const pattern = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
	return {
		...SOURCES,
		manifest: new RegExp(pattern, "i")
	};
}
/**
* The words the files of the other roles need to hold a reference their locators find: a Chart.yaml
* is read only for its `artifacthub.io/images` annotation, a `kubeadm.conf` / `*.j2` only when it is
* a kubeadm config.
*/
const SOURCES = {
	chart: /artifacthub\.io\/images/,
	kubeadm: /kubeadm\.k8s\.io/,
	dockerfile: /from|syntax/i,
	compose: /image/i,
	workflow: /image|container|docker:\/\//i
};
/**
* Escapes that can spell the words above in a way the text test cannot see: `\x69`, `\u0069`,
* `\U00000069` in double-quoted YAML or JSON strings (`"\u0069mage"`), and an escaped line break
* inside a double-quoted string (`"ima\` + newline + `ge"` is `image`). A file that has one is parsed.
*/
const SPELLING_ESCAPE = /\\(?:[xuU]|\r?\n)/;
/** May a file of this role with this text hold an image reference? */
function mayHoldImage(text, role, prefilter) {
	const test = prefilter[role];
	return test === void 0 || test.test(text) || SPELLING_ESCAPE.test(text);
}
// src/engine/plan.ts
/**
* The planning context. `resolutions` (from `verifyScan`, keyed by the reference as written) answer
* before the resolver does.
*/
function planContext(settings, resolver, mode, resolutions) {
	const resolve = resolutions ? (input) => Object.hasOwn(resolutions, input) ? resolutions[input] : resolver.resolve(input) : (input) => resolver.resolve(input);
	const specs = compileSpecs([...BUILTIN_FIELD_SPECS, ...settings.fields]);
	return {
		settings,
		resolver: { resolve: memoize(resolve) },
		mode,
		specs,
		prefilter: compilePrefilter(settings),
		holdsImages: imagelessTest(specs)
	};
}
function imagelessTest(specs) {
	return (apiVersion, kind) => mayHoldImages(apiVersion, kind, specs);
}
const imagelessBySettings = /* @__PURE__ */ new WeakMap();
/** `PlanContext.holdsImages` for settings without a context at hand (the finishing pass). */
function holdsImagesFor(settings) {
	let test = imagelessBySettings.get(settings);
	if (!test) {
		test = imagelessTest(compileSpecs([...BUILTIN_FIELD_SPECS, ...settings.fields]));
		imagelessBySettings.set(settings, test);
	}
	return test;
}
/**
* A bounded memo of a pure function of a string: a tree names the same few images thousands of times.
* The results are shared, and read only.
*/
function memoize(fn) {
	const memo = /* @__PURE__ */ new Map();
	return (input) => {
		let out = memo.get(input);
		if (out === void 0) {
			out = fn(input);
			if (memo.size >= 1e4) memo.clear();
			memo.set(input, out);
		}
		return out;
	};
}
const parseReference = memoize(parseNormalized);
/**
* Plan one file: parse, locate every image, resolve it, and plan the byte-preserving edits. Pure:
* no I/O, so it runs the same in the main thread, a worker, or the KRM function. `chart` is the
* chart a Helm values file belongs to (read from its Chart.yaml by the caller), when known; `valuesBy`
* why a Helm values file is read as values.
*/
function planFile(file, text, role, ctx, chart, valuesBy, templates) {
	const pos = positioner(text);
	const findings = [];
	const plan = {
		findings,
		edits: [],
		editFindings: [],
		references: 0,
		flattened: [],
		editable: true,
		documents: 0
	};
	const sites = [];
	const format = formatOf(role);
	if (format.kind === "text") {
		const limited = checkTextLimits(text, file, ctx.settings.limits);
		if (limited) return refuse(plan, pos, file, limited.offset, limited.message);
		fillLineStarts(pos, text);
		plan.documents = 1;
		sites.push(...format.locate(text));
		return planSites(file, text, pos, sites, ctx, plan, false);
	}
	const masked = format.mask ? format.mask(text) : text;
	const skips = role === "manifest" ? imagelessRanges(masked, ctx.holdsImages) : [];
	const { limits } = ctx.settings;
	let list = role === "template" ? void 0 : fastDocuments(masked, pos.lineCounter, limits, skips);
	if (list === void 0) {
		const parsed = blankImageless(masked, skips);
		const limited = checkTextLimits(parsed, file, limits);
		if (limited) return refuse(plan, pos, file, limited.offset, limited.message);
		list = role === "template" ? [] : slowDocuments(parsed, pos.lineCounter);
	}
	if (role === "template" || role === "manifest" && text.includes("{{") && list.some((d) => d.errors.length > 0)) {
		const located = locateTemplate({
			text,
			specs: ctx.specs,
			lineCounter: role === "template" ? pos.lineCounter : void 0,
			chart: templates
		});
		plan.documents = located.documents;
		plan.template = { errors: located.errors };
		sites.push(...located.sites);
		return planSites(file, text, pos, sites, ctx, plan, true);
	}
	plan.documents = list.length;
	for (const doc of list) {
		const bomb = doc.errors.length === 0 && !isFastDocument(doc) ? aliasBomb(doc) : void 0;
		if (bomb) {
			const message = `${file} uses aliases that expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb); Kubernetes and Helm refuse it too, and it is not scanned.`;
			return refuse(plan, pos, file, bomb.range?.[0] ?? 0, message);
		}
	}
	let kustomization;
	for (const doc of list) {
		if (doc.errors.length > 0) {
			plan.editable = false;
			const err = doc.errors[0];
			const exhausted = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
			if (exhausted) {
				noteStackExhausted();
				const message = `${file} nests collections too deeply for the YAML parser; it is not scanned (limits.maxDepth).`;
				return refuse(plan, pos, file, exhausted.pos[0], message);
			}
			const quote = unclosedQuote(text, err);
			findings.push(findingAt(pos, file, quote === void 0 ? {
				start: err.pos[0],
				end: err.pos[1]
			} : {
				start: quote,
				end: quote + 1
			}, {
				field: "",
				kind: "parse-error",
				severity: "error",
				message: quote === void 0 ? `YAML error: ${firstLine(err.message)}; the file is not edited until it is fixed.` : `YAML error: ${firstLine(err.message)} (the quoted value that starts here runs to the end of the file); the file is not edited until it is fixed.`
			}));
			continue;
		}
		const lctx = {
			text,
			doc,
			role,
			valuesBy,
			specs: ctx.specs,
			settings: ctx.settings,
			chart
		};
		sites.push(...locateDocument(doc, lctx));
		if (role !== "helm-values") addNames(plan, pos, valuesNamesOf(doc.contents, role, file));
		if (kustomization === void 0 && classifyDocument(doc, { role }) === "kustomization") kustomization = doc.contents;
	}
	planSites(file, text, pos, sites, ctx, plan, true);
	if (kustomization) plan.kustomization = planKustomization(file, text, pos, kustomization, ctx, plan.findings);
	return plan;
}
/** Resolve the sites of one file and plan their edits (any format). */
function planSites(file, text, pos, sites, ctx, plan, inline) {
	const { findings } = plan;
	const planned = dedupeSites(sites);
	plan.references = planned.length;
	const edits = [];
	const owners = /* @__PURE__ */ new Map();
	const needs = /* @__PURE__ */ new Map();
	/** Edits of a knob several images share (a Helm global registry), by key: for conflict messages. */
	const sharedKeys = /* @__PURE__ */ new Map();
	const mayIgnore = text.includes("mirrorize-ignore");
	for (const site of planned) {
		const ignoredBy = mayIgnore ? ignoreCommentLine(pos, site.span, {
			inline,
			key: lastKey(site.field)
		}) : void 0;
		if (ignoredBy !== void 0) {
			findings.push(findingAt(pos, file, site.span, {
				field: site.field,
				from: site.ref,
				shape: site.shape,
				source: site.source,
				kind: "ignored",
				severity: "info",
				message: `${site.ref} is left alone: # mirrorize-ignore on line ${ignoredBy}.`
			}));
			continue;
		}
		const index = findings.length;
		const { finding, edit, shared } = planSite(file, pos, site, ctx, plan);
		findings.push(finding);
		for (const [k, e] of (edit ?? []).entries()) {
			edits.push(e);
			owners.set(e, index);
			if (shared?.[k] !== void 0) sharedKeys.set(e, shared[k]);
		}
		if (site.needs && (finding.kind === "rewrite" || finding.kind === "already-mirrored")) needs.set(site.needs.key, site.needs);
	}
	for (const need of needs.values()) {
		const index = findings.length;
		findings.push(findingAt(pos, file, need.span, {
			field: need.key,
			kind: "chart-setting",
			severity: need.edits && ctx.mode === "fix" ? "info" : "warning",
			message: need.message
		}));
		for (const e of need.edits ?? []) {
			edits.push(e);
			owners.set(e, index);
		}
	}
	if (!plan.editable) {
		for (const f of findings) if (f.kind === "rewrite" && ctx.mode === "fix") {
			f.severity = "error";
			f.message += " Not rewritten: the file has a YAML error.";
		}
		return plan;
	}
	const { edits: kept, conflicts } = normalizeEdits(edits);
	for (const c of conflicts) {
		const f = findings[owners.get(c.edit)];
		f.kind = "unsafe-edit";
		f.severity = "error";
		const key = sharedKeys.get(c.edit);
		f.message = key ? `${f.from} cannot be rewritten: ${key} is shared with another image that needs a different mirror; give this image its own registry key, or a rule that maps both alike.` : `${f.from} cannot be rewritten: another reference changes the same text differently; edit it by hand.`;
	}
	plan.edits = kept;
	plan.editFindings = kept.map((e) => [owners.get(e)]);
	return plan;
}
function addNames(plan, pos, names) {
	if (names.files.length + names.generated.length + names.from.length === 0) return;
	plan.names ??= {
		files: [],
		generated: [],
		from: []
	};
	for (const { at, ...f } of names.files) plan.names.files.push({
		...f,
		line: pos.line(at)
	});
	for (const { at, ...g } of names.generated) plan.names.generated.push({
		...g,
		line: pos.line(at)
	});
	plan.names.from.push(...names.from);
}
/** Keep the first site of each span; drop alias sites whose anchored value is itself a site. */
function dedupeSites(sites) {
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	for (const s of sites) {
		if (s.follows) continue;
		if (seen.has(s.span.start)) continue;
		seen.add(s.span.start);
		out.push(s);
	}
	for (const s of sites) {
		if (!s.follows || seen.has(s.follows.start) || seen.has(s.span.start)) continue;
		seen.add(s.span.start);
		out.push(s);
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}
/** The last key of a field path: `image` of `spec.containers[0].image`, `a.b` of `x["a.b"]`. */
function lastKey(field) {
	const quoted = /\[("(?:[^"\\]|\\.)*")\]$/.exec(field);
	if (quoted) return JSON.parse(quoted[1]);
	return /(?:^|\.)([^.[\]]+)$/.exec(field)?.[1];
}
/** Where a report-only reference is, for its finding. */
const OPT_IN_PLACE = {
	env: "an env value",
	arg: "a flag",
	config: "ConfigMap data (its operator reads it)"
};
const SEVERITY = {
	"already-mirrored": "info",
	excluded: "info",
	"no-rule": "info",
	skipped: "info",
	invalid: "warning",
	"dead-mirror": "warning",
	"verify-failed": "error"
};
function planSite(file, pos, site, ctx, plan) {
	if (site.unknown) return { finding: findingAt(pos, file, site.span, {
		field: site.field,
		from: site.ref,
		shape: site.shape,
		source: site.source,
		kind: "unsafe-edit",
		severity: "error",
		message: `${site.field}: ${site.unknown}; nothing is written.`
	}) };
	const r = resolveSite(site, ctx);
	const base = {
		field: site.field,
		from: site.ref,
		rule: r.rule,
		shape: site.shape,
		source: site.source
	};
	if (r.status !== "rewrite" || r.output === void 0) {
		const kind = r.status === "rewrite" ? "invalid" : r.status;
		return { finding: findingAt(pos, file, site.span, {
			...base,
			kind,
			severity: SEVERITY[kind],
			message: describe(site, r)
		}) };
	}
	const to = r.output;
	if (site.partial) return { finding: findingAt(pos, file, site.span, {
		...base,
		to,
		kind: "rewrite",
		severity: "warning",
		message: `${site.ref} would become ${to}, but this map only overrides part of the reference (${site.note ?? "no repository"}); change it where the repository is set.`
	}) };
	if (site.optIn && ctx.settings.embedded !== "rewrite") return { finding: findingAt(pos, file, site.span, {
		...base,
		to,
		kind: "rewrite",
		severity: "warning",
		message: `${site.ref} is passed to the program in ${OPT_IN_PLACE[site.source] ?? "a flag"}; it should be ${to} (set \`embedded: rewrite\` to rewrite it).`
	}) };
	const parsed = parseReference(to);
	const rewritePlan = parsed.ok ? site.rewrite(parsed.ref, to) : {
		ok: false,
		reason: `the resolver produced an invalid reference (${to})`,
		at: site.span
	};
	if (!rewritePlan.ok) return { finding: findingAt(pos, file, rewritePlan.at, {
		...base,
		to,
		kind: "unsafe-edit",
		severity: "error",
		message: `${site.ref} should become ${to}, but ${rewritePlan.reason}.`
	}) };
	if (r.strategy === "flatten" && !site.prefixProbe) {
		const src = parseReference(site.ref);
		if (src.ok && parsed.ok) plan.flattened.push({
			source: name(src.ref),
			target: name(parsed.ref),
			finding: plan.findings.length
		});
	}
	const note = site.note ? ` (${site.note})` : "";
	const wrote = rewritePlan.wrote ?? to;
	const warnings = [r.notice, rewritePlan.notice].filter((n) => n !== void 0);
	const notice = warnings.length > 0 ? ` Warning: ${warnings.join(" ")}` : "";
	const only = rewritePlan.edits.length === 1 ? rewritePlan.edits[0] : void 0;
	const exact = only && only.start === rewritePlan.at.start && only.end === rewritePlan.at.end;
	return {
		finding: findingAt(pos, file, rewritePlan.at, {
			...exact ? { replacement: only.text } : {},
			...base,
			to: wrote,
			...r.strategy === "flatten" ? { strategy: r.strategy } : {},
			kind: "rewrite",
			severity: ctx.mode === "check" ? "error" : notice ? "warning" : "info",
			message: ctx.mode === "check" ? `${site.ref} is not pulled through a mirror; use ${wrote}${note}.${notice}` : `${site.ref} → ${wrote}${note}${notice}`
		}),
		edit: rewritePlan.edits,
		...rewritePlan.shared ? { shared: rewritePlan.shared } : {}
	};
}
/**
* The resolution of a site. A repository prefix (kubeadm `imageRepository`) is resolved as the image
* `prefix/probe`, and maps to the output without `/probe` (with `flatten`, registry.k8s.io becomes the
* mirror's flat repository, as `--image-repository registry.aliyuncs.com/google_containers` does).
*/
function resolveSite(site, ctx) {
	if (!site.prefixProbe) return ctx.resolver.resolve(site.ref);
	const r = ctx.resolver.resolve(`${site.ref}/${site.prefixProbe}`);
	if (r.status !== "rewrite" || r.output === void 0) return r;
	const suffix = `/${site.prefixProbe}`;
	if (!r.output.endsWith(suffix)) return {
		...r,
		status: "invalid",
		output: void 0,
		reason: `the rule maps ${site.ref}/${site.prefixProbe} to ${r.output}, which is not a repository prefix followed by /${site.prefixProbe}`
	};
	return {
		...r,
		output: r.output.slice(0, -suffix.length)
	};
}
function describe(site, r) {
	switch (r.status) {
		case "already-mirrored": return `${site.ref} already comes from a mirror.`;
		case "excluded": return `${site.ref} is excluded${r.reason ? ` (${r.reason})` : ""}.`;
		case "no-rule": return `${site.ref} matches no rule; left as it is.`;
		case "skipped": return `${site.ref} is not a reference (${r.reason ?? "a template or placeholder"}); skipped.`;
		case "dead-mirror": return `${site.ref} is not rewritten: ${r.reason ?? "every mirror its rule names is dead"}.`;
		case "verify-failed": return r.reason ?? `${site.ref} is not rewritten: its mirror failed online verification.`;
		default: return `${site.ref} is not a valid image reference${r.reason ? `: ${r.reason}` : ""}.`;
	}
}
/**
* For a quoted scalar that is never closed, the parser reports the end of the file: the offset of
* its opening quote is where the problem is (the last quote of that kind before the end that is not
* escaped).
*/
function unclosedQuote(text, err) {
	if (err.code !== "MISSING_CHAR" || !/closing ["']quote/.test(err.message)) return void 0;
	const q = err.message.includes(`"quote`) ? "\"" : "'";
	for (let at = text.lastIndexOf(q, err.pos[0]); at >= 0; at = text.lastIndexOf(q, at - 1)) {
		let slashes = 0;
		while (q === "\"" && text[at - 1 - slashes] === "\\") slashes++;
		if (slashes % 2 === 0 && !(q === "'" && (text[at - 1] === "'" || text[at + 1] === "'"))) return at;
	}
}
/** A plan that edits nothing and has one finding: the file is not scanned, and why. */
function refuse(plan, pos, file, offset, message) {
	plan.editable = false;
	plan.findings = [findingAt(pos, file, {
		start: offset,
		end: offset
	}, {
		field: "",
		kind: "file-error",
		severity: "error",
		message
	})];
	return plan;
}
/** Record the line starts of a text no YAML parser has read (findings need them). */
function fillLineStarts(pos, text) {
	const lc = pos.lineCounter;
	if (lc.lineStarts.length > 0) return;
	lc.addNewLine(0);
	for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
}
function firstLine(s) {
	return s.split("\n")[0].trim();
}
/** A kustomization's data for scoping, with each entry's own finding and the rewrite of its `name`. */
function planKustomization(file, text, pos, root, ctx, findings) {
	const shape = describeKustomization(root, text);
	const renames = nameRewrites(root, text);
	const entries = shape.entries.map((entry) => {
		const own = findings.findIndex((f) => f.source === "kustomization" && f.field === entry.field);
		const at = renames.get(entry.index);
		const planned = {
			...entry,
			line: at ? pos.line(at.span.start) : 1
		};
		if (own >= 0) {
			planned.finding = own;
			planned.line = findings[own].line;
		}
		if (at && entry.ref !== void 0 && entry.name !== void 0) {
			const r = ctx.resolver.resolve(entry.newName === void 0 ? entry.ref : entry.name);
			const parsed = r.status === "rewrite" && r.output ? parseReference(r.output) : void 0;
			if (parsed?.ok) {
				const to = name(parsed.ref);
				const field = formatEntryField(entry.index, "name");
				const rewrite = at.rewrite(parsed.ref);
				const base = {
					field,
					from: entry.name,
					to,
					rule: r.rule,
					source: "kustomization"
				};
				planned.rename = rewrite.ok ? {
					edits: rewrite.edits,
					finding: findingAt(pos, file, rewrite.at, {
						...base,
						kind: "rewrite",
						severity: ctx.mode === "check" ? "error" : "info",
						message: ctx.mode === "check" ? `${entry.name} must become ${to}, so that ${field} keeps matching the images it sets once they are mirrored.` : `${entry.name} → ${to} (${field} keeps matching the images it sets, which are mirrored too)`
					})
				} : {
					edits: [],
					finding: findingAt(pos, file, rewrite.at, {
						...base,
						kind: "unsafe-edit",
						severity: "error",
						message: `${entry.name} should become ${to} so that ${field} keeps matching the mirrored images, but ${rewrite.reason}.`
					})
				};
			}
		}
		return planned;
	});
	for (const r of imageReplacements(root)) findings.push(findingAt(pos, file, r.span, {
		field: `replacements[${r.index}]`,
		kind: "unsafe-edit",
		severity: "warning",
		source: "kustomization",
		message: `replacements[${r.index}] copies ${r.source} into ${r.targets.join(", ")}; mirrorize does not follow replacements, so write the mirror where that value is set (a \`fields:\` entry in the config lets mirrorize find it there).`
	}));
	return {
		component: shape.component,
		resources: shape.resources,
		components: shape.components,
		patchFiles: shape.patchFiles,
		entries
	};
}
function formatEntryField(index, key) {
	return `images[${index}].${key}`;
}
// src/engine/worker-entry.ts
/**
* The key of `workerData` that marks a thread as an engine pool worker. A bundle entry checks
* `isPoolWorker()` first and, when true, runs `runPoolWorker()` (src/engine/worker.ts) instead of its
* program, so the single-file bundles (dist/cli.js, dist/action.js) can start themselves as workers.
*/
const WORKER_FLAG = "mirrorizePoolWorker";
// src/fs/decode.ts
const decoder = new TextDecoder("utf-8", {
	fatal: true,
	ignoreBOM: true
});
/**
* Bytes as UTF-8 text, refusing binary files (NUL bytes), UTF-16 and invalid UTF-8 with a message
* naming `file` and the line. The BOM is kept in the text (edits must keep it).
*/
function decode(buf, file) {
	if (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255) return {
		ok: false,
		message: `${file} is UTF-16 encoded; convert it to UTF-8 to have it scanned.`
	};
	const nul = buf.indexOf(0);
	if (nul >= 0) {
		const line = lineAt(buf, nul);
		return {
			ok: false,
			line,
			message: `${file} contains NUL bytes (the first on line ${line}; a binary file?); it is not scanned.`
		};
	}
	try {
		return {
			ok: true,
			text: decoder.decode(buf)
		};
	} catch {
		const line = lineAt(buf, firstInvalidUtf8(buf));
		return {
			ok: false,
			line,
			message: `${file} is not valid UTF-8 (line ${line}); convert it to UTF-8 to have it scanned.`
		};
	}
}
/** The 1-based line of byte `offset`. */
function lineAt(buf, offset) {
	let line = 1;
	for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) line++;
	return line;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf) {
	let i = 0;
	while (i < buf.length) {
		const b = buf[i];
		const n = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (((buf[i + k] ?? 0) & 192) !== 128) return i;
		const b1 = buf[i + 1] ?? 0;
		if (b === 224 && b1 < 160 || b === 237 && b1 > 159 || b === 240 && b1 < 144 || b === 244 && b1 > 143) return i;
		i += n + 1;
	}
	return Math.max(0, buf.length - 1);
}
function mib(n) {
	if (n < 1024) return `${n} bytes`;
	return n >= 1048576 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (constants.O_NOFOLLOW ?? 0);
/** Read `path` as UTF-8 text, confined as the module describes. Synchronous. */
function readConfinedSync(path, options) {
	const maxSize = options.maxSize ?? 8388608;
	let real;
	try {
		real = realpathSync.native(path);
	} catch (e) {
		return refusedByError(e, options);
	}
	const outside = checkInside(real, options, (p) => safe(() => realpathSync.native(p)));
	if (outside) return outside;
	let st;
	try {
		st = statSync(real);
	} catch (e) {
		return refusedByError(e, options);
	}
	const shape = checkStats(st, options, maxSize);
	if (shape) return shape;
	let fd;
	try {
		fd = openSync(real, OPEN_FLAGS);
		const opened = fstatSync(fd);
		const again = checkStats(opened, options, maxSize) ?? sameFile(st, opened, options) ?? openedInside(fd, options, (p) => safe(() => realpathSync.native(p)));
		if (again) return again;
		const buf = Buffer.allocUnsafe(Math.min(opened.size, maxSize) + 1);
		let length = 0;
		while (length < buf.length) {
			const n = readSync(fd, buf, length, buf.length - length, null);
			if (n === 0) break;
			length += n;
		}
		if (length > maxSize) return tooBig$1(options, length, maxSize, true);
		return decoded(buf.subarray(0, length), real, options);
	} catch (e) {
		return refusedByError(e, options);
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
/** Is `child` (an absolute path) inside `parent` or `parent` itself? Lexical. */
function isInsideFolder(child, parent) {
	const r = relative(parent, child);
	return r === "" || !r.startsWith("..") && !isAbsolute(r);
}
function checkInside(real, options, realRoot) {
	if (options.roots.some((root, i) => {
		const r = realRoot(resolve(root), i);
		return r !== void 0 && isInsideFolder(real, r);
	})) return void 0;
	return {
		ok: false,
		reason: "outside",
		message: `The ${options.what} ${options.label} leads outside the repository (through a symbolic link or \`..\`); it is not read. Keep the file itself inside the repository.`
	};
}
/**
* Where the opened descriptor really is (Linux: /proc/self/fd), checked against the roots again: a
* folder on the path swapped for a link between realpath and open cannot move the read outside.
* Where /proc is not mounted the checks before the open stand alone.
*/
function openedInside(fd, options, realRoot) {
	let where;
	try {
		where = readlinkSync(`/proc/self/fd/${fd}`);
	} catch {
		return;
	}
	if (!where.startsWith("/")) return void 0;
	return checkInside(where, options, realRoot);
}
function checkStats(st, options, maxSize) {
	if (!st.isFile()) {
		const kind = st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO" : st.isSocket() ? "a socket" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : "not a regular file";
		return {
			ok: false,
			reason: "not-regular",
			message: `The ${options.what} ${options.label} is ${kind === "not a regular file" ? kind : `${kind}, not a regular file`}; it is not read.`
		};
	}
	if (st.size > maxSize) return tooBig$1(options, st.size, maxSize, false);
}
function sameFile(before, after, options) {
	if (before.dev === after.dev && before.ino === after.ino) return void 0;
	return {
		ok: false,
		reason: "unreadable",
		message: `The ${options.what} ${options.label} changed while it was read; it is not read.`
	};
}
function tooBig$1(options, size, maxSize, atLeast) {
	const hint = options.raiseHint ? ` (${options.raiseHint})` : "";
	return {
		ok: false,
		reason: "too-big",
		message: `The ${options.what} ${options.label} is ${atLeast ? "more than " : ""}${mib(atLeast ? maxSize : size)}, over the ${mib(maxSize)} size limit; it is not read${hint}.`
	};
}
function decoded(buf, real, options) {
	const result = decode(buf, options.label);
	if (result.ok) return {
		ok: true,
		text: result.text,
		realPath: real
	};
	return {
		ok: false,
		reason: "not-text",
		message: `The ${options.what} ${result.message.replace(" to have it scanned", "").replace("it is not scanned", "it is not read")}`,
		...result.line === void 0 ? {} : { line: result.line }
	};
}
function refusedByError(e, options) {
	const code = e.code;
	const name = `The ${options.what} ${options.label}`;
	if (code === "ENOENT" || code === "ENOTDIR") return {
		ok: false,
		reason: "missing",
		message: `${name} does not exist.`
	};
	if (code === "ELOOP") return {
		ok: false,
		reason: "link-loop",
		message: `${name} is a symbolic link loop; fix or remove the link.`
	};
	return {
		ok: false,
		reason: "unreadable",
		message: `${name} cannot be read (${code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? "an I/O error"}); check its permissions.`
	};
}
function safe(f) {
	try {
		return f();
	} catch {
		return;
	}
}
// src/engine/read.ts
/**
* `readText` with synchronous I/O: for worker threads and the engine's own loop, where a small file
* is read faster than a round trip through the thread pool takes.
*/
function readTextSync(path, file, maxSize) {
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const st = fstatSync(fd);
		if (!st.isFile()) return {
			ok: false,
			message: `${file} is not a regular file; skipped.`
		};
		if (st.size > maxSize) return {
			ok: false,
			message: tooBig(file, st.size, maxSize)
		};
		let buf = Buffer.allocUnsafe(st.size + 1);
		let length = 0;
		for (;;) {
			if (length === buf.length) {
				if (length > maxSize) return {
					ok: false,
					message: tooBig(file, length, maxSize)
				};
				const bigger = Buffer.allocUnsafe(buf.length * 2);
				buf.copy(bigger, 0, 0, length);
				buf = bigger;
			}
			const n = readSync(fd, buf, length, buf.length - length, null);
			if (n === 0) break;
			length += n;
		}
		return decode(buf.subarray(0, length), file);
	} catch (e) {
		return {
			ok: false,
			message: unreadable(file, e)
		};
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
function tooBig(file, size, maxSize) {
	return `${file} is ${mib(size)}, over the ${mib(maxSize)} size limit; it is not scanned (raise limits.maxFileSize to scan it).`;
}
function unreadable(file, e) {
	const code = e.code;
	return `${file} cannot be read (${code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ELOOP" ? "a symbolic link loop" : code ?? String(e)}); check its permissions.`;
}
// src/engine/chart-templates.ts
/** Helper files read per chart, at most (a chart has a handful). */
const MAX_HELPERS = 200;
const MAX_HELPER_SIZE = 1048576;
/** Charts read in this thread, by folder: their texts change rarely during a run (see `stamp`). */
const cache = /* @__PURE__ */ new Map();
/**
* What the templates of the chart in `dir` are located with: its values.yaml, Chart.yaml and helper
* files (`templates/**\/_*` and `*.tpl`, and those of subcharts unpacked under `charts/`). Only
* regular files inside the chart are read, never through a symbolic link.
*/
function readChartTemplates(dir, cwd, settings, specs) {
	const stamp = [
		"values.yaml",
		"values.yml",
		"Chart.yaml"
	].map((n) => statStamp(join$1(dir, n))).join("|");
	const hit = cache.get(dir);
	if (hit && hit.stamp === stamp) return hit.value;
	const text = (name, max = settings.limits.maxFileSize) => {
		const path = join$1(dir, name);
		if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return void 0;
		const r = readTextSync(path, name, max);
		return r.ok ? r.text : void 0;
	};
	const valuesName = text("values.yaml") !== void 0 ? "values.yaml" : "values.yml";
	const texts = { helpers: [] };
	const chartYaml = text("Chart.yaml") ?? text("Chart.yml");
	if (chartYaml !== void 0) texts.chartYaml = chartYaml;
	const valuesYaml = text(valuesName);
	if (valuesYaml !== void 0) {
		texts.valuesYaml = valuesYaml;
		texts.valuesFile = toPosix(relative(cwd, join$1(dir, valuesName)));
	}
	for (const rel of helperFiles(dir)) {
		const t = text(rel, MAX_HELPER_SIZE);
		if (t !== void 0) texts.helpers.push({
			source: toPosix(rel),
			text: t
		});
	}
	if (cache.size > 100) cache.clear();
	const value = chartTemplates(texts, settings, specs);
	const learned = learnCompositions(readTemplates(dir, settings), value, specs);
	if (learned.length > 0) {
		const base = value.covered;
		const paths = learned.flatMap((l) => [l.image.join("."), ...[...l.name.flat(), ...l.tag ?? []].flatMap((p) => "values" in p ? [p.values.join(".")] : [])]);
		value.covered = (path) => base(path) || paths.some((p) => p === path || path.startsWith(`${p}.`));
	}
	cache.set(dir, {
		stamp,
		value
	});
	return value;
}
/** The texts of a chart's template manifests that hold actions. */
function readTemplates(dir, settings) {
	const templates = [];
	for (const rel of templateFiles(dir)) {
		const path = join$1(dir, rel);
		if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) continue;
		const r = readTextSync(path, rel, settings.limits.maxFileSize);
		if (r.ok && r.text.includes("{{")) templates.push({
			source: toPosix(rel),
			text: r.text
		});
	}
	return templates;
}
/** Template files read per chart to learn compositions, at most. */
const MAX_TEMPLATES = 500;
const learnedCache = /* @__PURE__ */ new Map();
/**
* The compositions a chart's templates give its values' images (src/locate/template/learn.ts), for
* the Helm values locator's hook. `resolve` tells what a literal the template locator rewrites will
* read after `fix`, so that the values file and the template agree in one run.
*/
function readLearnedCompositions(dir, cwd, settings, specs, resolve) {
	const files = templateFiles(dir);
	if (files.length === 0) return [];
	const stamp = [
		...files,
		"values.yaml",
		"values.yml",
		"Chart.yaml"
	].map((n) => statStamp(join$1(dir, n))).join("|");
	const hit = learnedCache.get(dir);
	if (hit && hit.stamp === stamp) return hit.value;
	const chart = readChartTemplates(dir, cwd, settings, specs);
	const value = learnCompositions(readTemplates(dir, settings), chart, specs, (rendered, name$1) => {
		const r = resolve(rendered);
		if (r.status !== "rewrite" || r.output === void 0) return void 0;
		const parsed = parseNormalized(r.output);
		return parsed.ok ? fixedName(name$1, name(parsed.ref)) : void 0;
	});
	if (learnedCache.size > 100) learnedCache.clear();
	learnedCache.set(dir, {
		stamp,
		value
	});
	return value;
}
/** The manifests of a chart's `templates/` (YAML not named `_*`), relative to the chart. */
function templateFiles(dir) {
	const out = [];
	const visit = (rel, depth) => {
		if (out.length >= MAX_TEMPLATES || depth > 6) return;
		let names;
		try {
			names = readdirSync(join$1(dir, rel), { withFileTypes: true });
		} catch {
			return;
		}
		names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
		for (const d of names) {
			const child = join$1(rel, d.name);
			if (d.isDirectory()) visit(child, depth + 1);
			else if (d.isFile() && !d.name.startsWith("_") && /\.(?:ya?ml|json)$/.test(d.name)) out.push(child);
		}
	};
	visit("templates", 0);
	return out;
}
function statStamp(path) {
	const st = lstatSync(path, { throwIfNoEntry: false });
	return st ? `${st.mtimeMs}:${st.size}` : "-";
}
/** Helper files of a chart, relative to it: `templates/**` files named `_*` or `*.tpl`, also in `charts/*`. */
function helperFiles(dir) {
	const out = [];
	const visit = (rel, depth) => {
		if (out.length >= MAX_HELPERS || depth > 6) return;
		let names;
		try {
			names = readdirSync(join$1(dir, rel), { withFileTypes: true });
		} catch {
			return;
		}
		names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
		for (const d of names) {
			const child = join$1(rel, d.name);
			if (d.isDirectory()) visit(child, depth + 1);
			else if (d.isFile() && (d.name.startsWith("_") || d.name.endsWith(".tpl"))) out.push(child);
		}
	};
	visit("templates", 0);
	let subcharts = [];
	try {
		subcharts = readdirSync(join$1(dir, "charts"), { withFileTypes: true });
	} catch {}
	for (const d of subcharts) if (d.isDirectory()) visit(join$1("charts", d.name, "templates"), 0);
	return out;
}
function toPosix(p) {
	return sep === "/" ? p : p.split(sep).join("/");
}
new RegExp(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.source, "g");
(/* @__PURE__ */ __commonJSMin(((exports) => {
	String.prototype.charCodeAt;
	String.prototype.charCodeAt;
	function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname = true, mixedInputs = true, validHosts = null, validateHostname = true }) {
		return {
			allowIcannDomains,
			allowPrivateDomains,
			detectIp,
			detectSpecialUse,
			extraSuffixes,
			extractHostname,
			mixedInputs,
			validHosts,
			validateHostname
		};
	}
	setDefaultsImpl({});
	const nodeFlags = /*#__PURE__*/ new Uint8Array([
		1,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		2,
		0,
		1,
		1,
		1,
		1,
		2,
		2,
		2,
		0,
		2,
		2,
		2,
		2,
		0,
		2,
		2,
		2,
		1,
		2,
		2,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		2,
		0,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		0,
		1,
		1,
		0,
		1,
		1,
		0,
		0,
		2,
		0,
		0,
		0,
		1,
		1,
		1,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		2,
		2,
		0,
		0,
		2,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		0,
		1,
		1,
		0,
		2,
		1,
		1,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		2,
		0,
		2,
		2,
		0,
		0,
		2,
		0,
		0,
		2,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		2,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		0,
		0,
		0,
		0,
		1,
		0,
		2,
		2,
		0,
		0,
		0,
		2,
		0,
		1,
		1,
		0,
		2,
		0,
		2,
		2,
		2,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		1,
		0,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		2,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		2,
		2,
		0,
		2,
		2,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		0,
		2,
		2,
		0,
		2,
		2,
		2,
		2,
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		2,
		2,
		0,
		0,
		0,
		2,
		2,
		1,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		2,
		2,
		0,
		0,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		2,
		2,
		1,
		2,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		2,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		0,
		0,
		0,
		0,
		0
	]);
	const edgeStart = /*#__PURE__*/ new Uint16Array([
		0,
		0,
		0,
		10,
		11,
		18,
		106,
		111,
		117,
		118,
		119,
		129,
		135,
		142,
		151,
		152,
		153,
		154,
		155,
		156,
		158,
		159,
		161,
		162,
		163,
		165,
		167,
		250,
		263,
		265,
		266,
		267,
		282,
		284,
		291,
		292,
		295,
		296,
		297,
		300,
		302,
		321,
		322,
		324,
		333,
		338,
		355,
		356,
		359,
		360,
		362,
		364,
		400,
		401,
		403,
		406,
		407,
		411,
		413,
		417,
		420,
		452,
		455,
		468,
		469,
		477,
		478,
		480,
		490,
		504,
		505,
		506,
		507,
		516,
		517,
		554,
		559,
		575,
		595,
		601,
		643,
		645,
		646,
		647,
		648,
		675,
		702,
		703,
		851,
		857,
		860,
		861,
		862,
		870,
		875,
		884,
		906,
		907,
		908,
		909,
		910,
		911,
		912,
		932,
		934,
		935,
		938,
		940,
		941,
		943,
		945,
		960,
		977,
		982,
		983,
		985,
		986,
		987,
		988,
		989,
		991,
		994,
		999,
		1e3,
		1001,
		1003,
		1004,
		1007,
		1010,
		1011,
		1012,
		1025,
		1027,
		1039,
		1050,
		1058,
		1060,
		1102,
		1105,
		1109,
		1110,
		1112,
		1115,
		1126,
		1128,
		1138,
		1140,
		1146,
		1148,
		1149,
		1151,
		1154,
		1155,
		1156,
		1209,
		1211,
		1213,
		1233,
		1234,
		1235,
		1236,
		1238,
		1249,
		1280,
		1291,
		1292,
		1305,
		1315,
		1324,
		1332,
		1333,
		1338,
		1352,
		1363,
		1375,
		1387,
		1401,
		1402,
		1413,
		1447,
		1448,
		1449,
		1465,
		1481,
		1493,
		1566,
		1567,
		1569,
		1570,
		1606,
		1625,
		1626,
		1627,
		1628,
		1630,
		1631,
		1632,
		1635,
		1639,
		1642,
		1644,
		1678,
		1679,
		1687,
		1688,
		1689,
		1690,
		1691,
		1693,
		1695,
		1697,
		1698,
		1702,
		1703,
		1704,
		1706,
		1708,
		1709,
		1711,
		1712,
		1713,
		1724,
		1726,
		1727,
		1731,
		1732,
		1735,
		1742,
		1743,
		1748,
		1752,
		1753,
		1755,
		1756,
		1757,
		1758,
		1759,
		1760,
		1761,
		1762,
		1763,
		1764,
		1765,
		1766,
		1767,
		1768,
		1770,
		1771,
		1772,
		1773,
		2243,
		2246,
		2247,
		2249,
		2256,
		2263,
		2273,
		2277,
		2288,
		2289,
		2290,
		2302,
		2303,
		2305,
		2307,
		2308,
		2315,
		2316,
		2318,
		2319,
		2321,
		2322,
		2323,
		2324,
		2325,
		2400,
		2402,
		2423,
		2424,
		2425,
		2427,
		2428,
		2430,
		2431,
		2486,
		2487,
		2488,
		2495,
		2501,
		2511,
		2521,
		2574,
		2575,
		2576,
		2586,
		2600,
		2601,
		2604,
		2611,
		2612,
		2620,
		2622,
		2623,
		2624,
		2625,
		2636,
		2637,
		2638,
		2640,
		2641,
		2643,
		2644,
		2653,
		2665,
		2671,
		2673,
		2705,
		2706,
		2710,
		2712,
		2713,
		2715,
		2716,
		2728,
		2729,
		2731,
		2739,
		2746,
		2752,
		2757,
		2758,
		2764,
		2767,
		2773,
		2780,
		2787,
		2795,
		2796,
		2797,
		2835,
		2841,
		2845,
		2862,
		2863,
		2868,
		2886,
		2917,
		2935,
		2937,
		2940,
		2948,
		2950,
		2957,
		3009,
		3033,
		3034,
		3035,
		3036,
		3037,
		3038,
		3039,
		3046,
		3047,
		3048,
		3049,
		3050,
		3051,
		3053,
		3054,
		3058,
		3142,
		3155,
		3156,
		3593,
		3597,
		3611,
		3663,
		3691,
		3713,
		3771,
		3793,
		3808,
		3871,
		3922,
		3960,
		3996,
		4021,
		4163,
		4209,
		4260,
		4279,
		4313,
		4328,
		4348,
		4378,
		4409,
		4432,
		4463,
		4493,
		4525,
		4552,
		4627,
		4649,
		4687,
		4697,
		4731,
		4750,
		4776,
		4818,
		4868,
		4894,
		4963,
		4964,
		4966,
		4989,
		5012,
		5048,
		5079,
		5096,
		5153,
		5166,
		5190,
		5219,
		5221,
		5255,
		5271,
		5299,
		5604,
		5613,
		5624,
		5631,
		5648,
		5652,
		5658,
		5659,
		5698,
		5700,
		5707,
		5714,
		5723,
		5730,
		5731,
		5732,
		5745,
		5749,
		5764,
		5765,
		5774,
		5775,
		5784,
		5793,
		5799,
		5801,
		5802,
		5803,
		5841,
		5842,
		5844,
		5852,
		5859,
		5872,
		5876,
		5878,
		5879,
		5885,
		5892,
		5906,
		5916,
		5921,
		5929,
		5937,
		5943,
		5944,
		5948,
		5950,
		5951,
		5963,
		6035,
		6036,
		6037,
		6038,
		6040,
		6041,
		6044,
		6046,
		6049,
		6053,
		6054,
		6055,
		6061,
		6062,
		6063,
		6065,
		6067,
		6069,
		6070,
		6071,
		6074,
		6076,
		6079,
		6080,
		6082,
		6282,
		6289,
		6290,
		6291,
		6301,
		6306,
		6323,
		6337,
		6346,
		6347,
		6348,
		6352,
		6353,
		6355,
		6357,
		6363,
		6364,
		6367,
		6368,
		6370,
		6371,
		6372,
		7272,
		7275,
		7279,
		7297,
		7306,
		7309,
		7316,
		7317,
		7319,
		7320,
		7321,
		7323,
		7375,
		7376,
		7379,
		7380,
		7499,
		7500,
		7511,
		7532,
		7539,
		7542,
		7551,
		7552,
		7553,
		7568,
		7623,
		7815,
		7817,
		7819,
		7820,
		7822,
		7827,
		7840,
		7841,
		7857,
		7864,
		7873,
		7876,
		7879,
		7886,
		7894,
		7898,
		7899,
		7900,
		7914,
		7919,
		7928,
		7929,
		7930,
		7934,
		7969,
		7970,
		7991,
		7998,
		8006,
		8007,
		8012,
		8020,
		8064,
		8065,
		8071,
		8074,
		8088,
		8093,
		8094,
		8097,
		8099,
		8144,
		8145,
		8151,
		8158,
		8159,
		8170,
		8179,
		8194,
		8198,
		8200,
		8252,
		8253,
		8258,
		8259,
		8262,
		8264,
		8266,
		8267,
		8276,
		8290,
		8298,
		8312,
		8323,
		8324,
		8326,
		8328,
		8350,
		8361,
		8367,
		8368,
		8380,
		8392,
		8479,
		8491,
		8498,
		8501,
		8507,
		8532,
		8535,
		8536,
		8537,
		8538,
		8540,
		8543,
		8546,
		8557,
		8559,
		8561,
		8589,
		8663,
		8670,
		8674,
		8675,
		8684,
		8706,
		8707,
		8712,
		8713,
		8795,
		8797,
		8798,
		8799,
		8800,
		8809,
		8813,
		8819,
		8825,
		8831,
		8841,
		8846,
		8847,
		8865,
		8876,
		8882,
		8887,
		8897,
		8903,
		8907,
		8913,
		8919,
		10525,
		10526,
		10527,
		10534,
		10536
	]);
	const edgeLength = /*#__PURE__*/ new Uint8Array([
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		8,
		8,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		8,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		5,
		5,
		9,
		12,
		19,
		8,
		19,
		8,
		11,
		9,
		9,
		8,
		7,
		7,
		6,
		8,
		9,
		16,
		10,
		7,
		7,
		11,
		8,
		6,
		6,
		9,
		7,
		11,
		7,
		14,
		4,
		4,
		4,
		4,
		4,
		4,
		10,
		7,
		6,
		6,
		6,
		6,
		10,
		10,
		6,
		10,
		10,
		22,
		11,
		9,
		10,
		10,
		10,
		9,
		10,
		8,
		7,
		7,
		7,
		8,
		21,
		13,
		11,
		11,
		9,
		10,
		9,
		13,
		10,
		8,
		8,
		9,
		12,
		9,
		7,
		10,
		7,
		7,
		13,
		7,
		3,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		3,
		1,
		4,
		3,
		3,
		3,
		3,
		3,
		8,
		10,
		7,
		4,
		6,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		5,
		3,
		3,
		3,
		3,
		7,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		1,
		7,
		8,
		5,
		2,
		2,
		7,
		4,
		5,
		7,
		2,
		2,
		1,
		4,
		1,
		11,
		9,
		9,
		5,
		5,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		11,
		9,
		9,
		8,
		9,
		9,
		9,
		13,
		7,
		7,
		14,
		7,
		6,
		6,
		6,
		6,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		10,
		7,
		11,
		9,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		6,
		6,
		6,
		10,
		13,
		6,
		6,
		8,
		7,
		10,
		10,
		9,
		9,
		7,
		9,
		8,
		8,
		9,
		8,
		7,
		10,
		6,
		9,
		9,
		10,
		9,
		10,
		7,
		8,
		1,
		9,
		10,
		12,
		12,
		12,
		10,
		9,
		9,
		10,
		10,
		9,
		9,
		1,
		1,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		6,
		6,
		4,
		2,
		3,
		3,
		3,
		3,
		7,
		4,
		4,
		4,
		3,
		3,
		6,
		7,
		3,
		4,
		1,
		2,
		2,
		2,
		6,
		1,
		2,
		2,
		2,
		2,
		2,
		12,
		5,
		3,
		8,
		9,
		13,
		4,
		4,
		13,
		9,
		9,
		11,
		7,
		3,
		12,
		9,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		8,
		2,
		2,
		3,
		3,
		3,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		7,
		10,
		15,
		15,
		7,
		15,
		20,
		15,
		9,
		10,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		12,
		14,
		14,
		10,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		9,
		10,
		14,
		14,
		14,
		13,
		13,
		14,
		9,
		9,
		9,
		9,
		9,
		9,
		7,
		8,
		6,
		8,
		8,
		6,
		8,
		13,
		8,
		8,
		6,
		13,
		8,
		11,
		13,
		8,
		6,
		13,
		8,
		6,
		9,
		10,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		14,
		14,
		10,
		10,
		10,
		10,
		9,
		9,
		9,
		10,
		14,
		14,
		11,
		13,
		13,
		9,
		9,
		9,
		9,
		9,
		9,
		2,
		6,
		9,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		7,
		2,
		3,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		5,
		7,
		4,
		2,
		2,
		12,
		8,
		10,
		8,
		10,
		7,
		18,
		4,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		5,
		2,
		2,
		3,
		3,
		3,
		5,
		5,
		3,
		8,
		8,
		6,
		8,
		6,
		6,
		4,
		6,
		7,
		7,
		7,
		10,
		11,
		2,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		6,
		11,
		10,
		7,
		7,
		7,
		4,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		2,
		2,
		7,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		7,
		7,
		11,
		7,
		6,
		9,
		6,
		6,
		8,
		10,
		8,
		6,
		8,
		13,
		4,
		4,
		4,
		4,
		4,
		10,
		8,
		11,
		8,
		8,
		8,
		10,
		10,
		7,
		5,
		4,
		4,
		4,
		10,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		1,
		1,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		10,
		13,
		7,
		8,
		7,
		11,
		8,
		8,
		6,
		9,
		8,
		8,
		6,
		6,
		6,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		9,
		7,
		6,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		6,
		6,
		9,
		7,
		8,
		10,
		8,
		8,
		2,
		3,
		3,
		3,
		3,
		3,
		2,
		8,
		9,
		9,
		2,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		4,
		2,
		3,
		3,
		3,
		9,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		12,
		5,
		5,
		3,
		5,
		4,
		2,
		3,
		2,
		4,
		3,
		9,
		2,
		2,
		2,
		2,
		2,
		5,
		5,
		3,
		3,
		3,
		8,
		8,
		13,
		6,
		10,
		9,
		4,
		7,
		9,
		11,
		2,
		3,
		7,
		3,
		3,
		4,
		1,
		3,
		4,
		2,
		9,
		3,
		3,
		12,
		5,
		3,
		7,
		10,
		10,
		7,
		4,
		4,
		6,
		14,
		7,
		9,
		7,
		13,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		8,
		15,
		4,
		4,
		2,
		3,
		3,
		3,
		7,
		4,
		9,
		9,
		2,
		3,
		3,
		3,
		5,
		3,
		2,
		2,
		7,
		2,
		7,
		6,
		6,
		7,
		2,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		8,
		8,
		8,
		9,
		5,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		10,
		7,
		4,
		4,
		4,
		4,
		3,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		10,
		7,
		4,
		4,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		10,
		7,
		4,
		4,
		4,
		4,
		3,
		9,
		6,
		6,
		6,
		9,
		13,
		9,
		2,
		2,
		2,
		8,
		7,
		9,
		5,
		3,
		3,
		3,
		5,
		5,
		13,
		12,
		9,
		10,
		7,
		7,
		8,
		7,
		8,
		6,
		11,
		12,
		7,
		10,
		4,
		4,
		4,
		7,
		8,
		11,
		6,
		7,
		9,
		8,
		7,
		10,
		8,
		9,
		15,
		7,
		11,
		8,
		5,
		4,
		7,
		2,
		3,
		3,
		3,
		2,
		14,
		10,
		2,
		14,
		10,
		2,
		14,
		3,
		9,
		13,
		13,
		10,
		14,
		16,
		17,
		11,
		2,
		14,
		2,
		14,
		3,
		9,
		13,
		10,
		14,
		16,
		17,
		11,
		14,
		10,
		14,
		2,
		7,
		3,
		10,
		7,
		14,
		10,
		2,
		14,
		10,
		9,
		9,
		17,
		6,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		10,
		10,
		10,
		12,
		9,
		4,
		10,
		10,
		11,
		8,
		8,
		8,
		7,
		9,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		8,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		16,
		3,
		3,
		14,
		3,
		14,
		2,
		14,
		9,
		13,
		10,
		10,
		14,
		16,
		17,
		11,
		6,
		9,
		10,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		14,
		14,
		10,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		10,
		14,
		14,
		14,
		9,
		9,
		9,
		9,
		9,
		9,
		2,
		14,
		9,
		13,
		10,
		10,
		14,
		16,
		17,
		11,
		6,
		14,
		2,
		14,
		9,
		17,
		13,
		10,
		10,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		10,
		14,
		17,
		16,
		17,
		11,
		2,
		14,
		9,
		13,
		10,
		14,
		16,
		17,
		11,
		2,
		14,
		9,
		13,
		10,
		17,
		16,
		11,
		17,
		2,
		14,
		10,
		19,
		7,
		2,
		14,
		9,
		13,
		10,
		19,
		10,
		7,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		10,
		19,
		7,
		14,
		16,
		17,
		11,
		2,
		14,
		9,
		13,
		10,
		10,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		10,
		10,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		17,
		13,
		10,
		10,
		14,
		17,
		16,
		17,
		11,
		6,
		3,
		2,
		14,
		9,
		13,
		10,
		10,
		14,
		16,
		17,
		11,
		6,
		9,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		12,
		14,
		14,
		14,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		9,
		14,
		14,
		14,
		13,
		13,
		14,
		9,
		9,
		9,
		9,
		9,
		9,
		4,
		11,
		2,
		14,
		9,
		13,
		17,
		13,
		10,
		19,
		10,
		7,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		17,
		13,
		10,
		19,
		10,
		7,
		14,
		17,
		16,
		17,
		11,
		6,
		2,
		14,
		9,
		13,
		10,
		19,
		7,
		14,
		17,
		16,
		17,
		11,
		2,
		9,
		10,
		10,
		7,
		17,
		3,
		3,
		12,
		12,
		16,
		15,
		15,
		12,
		14,
		14,
		14,
		20,
		20,
		13,
		12,
		12,
		12,
		12,
		12,
		12,
		20,
		25,
		14,
		14,
		12,
		12,
		10,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		25,
		4,
		9,
		17,
		10,
		7,
		14,
		16,
		21,
		13,
		13,
		14,
		20,
		14,
		13,
		17,
		24,
		9,
		12,
		13,
		25,
		13,
		21,
		20,
		17,
		9,
		9,
		9,
		9,
		9,
		9,
		12,
		17,
		4,
		4,
		9,
		9,
		9,
		10,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		12,
		14,
		14,
		10,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		9,
		10,
		14,
		14,
		14,
		13,
		13,
		14,
		9,
		9,
		9,
		9,
		9,
		9,
		9,
		10,
		14,
		12,
		12,
		14,
		14,
		10,
		9,
		9,
		9,
		10,
		14,
		14,
		14,
		9,
		9,
		9,
		9,
		2,
		1,
		5,
		1,
		6,
		5,
		8,
		7,
		11,
		11,
		1,
		3,
		3,
		3,
		5,
		3,
		3,
		4,
		8,
		9,
		10,
		10,
		12,
		14,
		14,
		14,
		12,
		12,
		12,
		12,
		14,
		14,
		10,
		10,
		10,
		10,
		14,
		9,
		9,
		9,
		10,
		14,
		14,
		14,
		13,
		13,
		14,
		9,
		9,
		9,
		9,
		9,
		9,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		10,
		2,
		2,
		6,
		7,
		6,
		2,
		3,
		2,
		3,
		6,
		2,
		7,
		6,
		10,
		7,
		4,
		9,
		12,
		6,
		14,
		4,
		12,
		7,
		2,
		2,
		1,
		2,
		7,
		6,
		4,
		4,
		4,
		6,
		8,
		8,
		7,
		2,
		2,
		13,
		2,
		2,
		2,
		2,
		6,
		2,
		8,
		12,
		2,
		7,
		7,
		6,
		8,
		10,
		12,
		2,
		2,
		2,
		3,
		3,
		13,
		2,
		2,
		3,
		3,
		6,
		7,
		6,
		4,
		5,
		6,
		3,
		3,
		3,
		3,
		4,
		16,
		8,
		5,
		4,
		3,
		3,
		3,
		5,
		7,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		11,
		12,
		7,
		7,
		13,
		9,
		10,
		17,
		12,
		8,
		9,
		7,
		17,
		17,
		8,
		5,
		12,
		10,
		13,
		14,
		5,
		5,
		5,
		13,
		5,
		5,
		5,
		3,
		3,
		3,
		5,
		16,
		5,
		5,
		5,
		5,
		7,
		12,
		14,
		8,
		12,
		8,
		10,
		12,
		9,
		11,
		7,
		9,
		7,
		10,
		7,
		13,
		13,
		9,
		7,
		12,
		8,
		17,
		7,
		7,
		16,
		10,
		13,
		13,
		8,
		10,
		10,
		14,
		17,
		7,
		16,
		16,
		15,
		8,
		10,
		10,
		12,
		17,
		17,
		7,
		17,
		14,
		7,
		10,
		17,
		8,
		7,
		7,
		7,
		8,
		15,
		15,
		7,
		14,
		10,
		10,
		10,
		11,
		11,
		7,
		7,
		13,
		8,
		10,
		7,
		16,
		7,
		8,
		7,
		14,
		17,
		12,
		10,
		11,
		21,
		8,
		9,
		7,
		13,
		9,
		8,
		6,
		13,
		6,
		12,
		7,
		6,
		13,
		10,
		10,
		10,
		8,
		18,
		9,
		17,
		13,
		10,
		12,
		6,
		13,
		6,
		11,
		8,
		13,
		10,
		13,
		18,
		10,
		13,
		11,
		13,
		8,
		16,
		7,
		10,
		8,
		16,
		12,
		10,
		8,
		8,
		14,
		11,
		8,
		15,
		8,
		8,
		7,
		7,
		12,
		7,
		8,
		9,
		14,
		15,
		8,
		10,
		9,
		10,
		9,
		15,
		7,
		8,
		8,
		12,
		13,
		12,
		9,
		10,
		15,
		13,
		7,
		10,
		10,
		20,
		7,
		6,
		9,
		6,
		6,
		14,
		11,
		14,
		11,
		16,
		12,
		9,
		10,
		16,
		16,
		12,
		7,
		11,
		28,
		8,
		11,
		10,
		7,
		21,
		8,
		7,
		9,
		4,
		4,
		4,
		17,
		7,
		8,
		6,
		9,
		6,
		6,
		13,
		6,
		6,
		6,
		6,
		18,
		20,
		14,
		8,
		11,
		12,
		9,
		10,
		13,
		15,
		15,
		19,
		8,
		9,
		12,
		7,
		10,
		16,
		12,
		9,
		9,
		9,
		14,
		12,
		11,
		10,
		9,
		12,
		11,
		18,
		9,
		9,
		9,
		10,
		7,
		7,
		16,
		8,
		9,
		7,
		13,
		12,
		10,
		14,
		18,
		7,
		8,
		11,
		10,
		7,
		7,
		8,
		8,
		13,
		7,
		7,
		7,
		11,
		15,
		13,
		11,
		7,
		8,
		15,
		11,
		7,
		8,
		18,
		8,
		14,
		13,
		18,
		15,
		10,
		12,
		12,
		9,
		7,
		11,
		11,
		8,
		7,
		10,
		8,
		14,
		12,
		10,
		18,
		7,
		10,
		9,
		7,
		8,
		13,
		10,
		14,
		10,
		8,
		8,
		23,
		7,
		7,
		11,
		12,
		12,
		17,
		7,
		7,
		11,
		11,
		17,
		16,
		16,
		25,
		7,
		8,
		11,
		14,
		14,
		8,
		10,
		7,
		15,
		7,
		16,
		16,
		13,
		9,
		11,
		9,
		15,
		15,
		11,
		11,
		7,
		7,
		14,
		7,
		9,
		7,
		7,
		16,
		10,
		13,
		10,
		11,
		14,
		7,
		11,
		10,
		11,
		7,
		11,
		10,
		11,
		15,
		10,
		11,
		15,
		10,
		12,
		10,
		14,
		13,
		11,
		11,
		12,
		13,
		10,
		7,
		13,
		16,
		12,
		21,
		15,
		9,
		10,
		10,
		7,
		11,
		14,
		17,
		7,
		7,
		8,
		11,
		13,
		12,
		8,
		15,
		14,
		14,
		8,
		17,
		12,
		10,
		10,
		7,
		9,
		19,
		11,
		7,
		10,
		7,
		11,
		18,
		7,
		11,
		7,
		12,
		11,
		8,
		8,
		14,
		12,
		7,
		8,
		15,
		3,
		7,
		7,
		5,
		2,
		9,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		11,
		6,
		4,
		7,
		10,
		7,
		7,
		11,
		1,
		10,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		7,
		3,
		5,
		6,
		3,
		3,
		5,
		2,
		2,
		5,
		3,
		4,
		13,
		11,
		3,
		3,
		6,
		3,
		5,
		14,
		2,
		2,
		3,
		8,
		2,
		2,
		12,
		5,
		18,
		5,
		3,
		3,
		3,
		3,
		16,
		5,
		5,
		5,
		10,
		7,
		13,
		12,
		13,
		9,
		12,
		14,
		19,
		9,
		9,
		21,
		9,
		9,
		10,
		6,
		9,
		6,
		15,
		10,
		6,
		12,
		8,
		6,
		10,
		15,
		4,
		4,
		6,
		6,
		9,
		9,
		12,
		16,
		14,
		23,
		7,
		7,
		7,
		14,
		9,
		7,
		7,
		11,
		14,
		10,
		7,
		10,
		10,
		10,
		12,
		6,
		11,
		10,
		13,
		11,
		15,
		11,
		7,
		12,
		10,
		3,
		7,
		1,
		1,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		4,
		3,
		7,
		5,
		1,
		5,
		2,
		2,
		2,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		10,
		9,
		11,
		8,
		7,
		12,
		8,
		9,
		7,
		6,
		13,
		11,
		6,
		13,
		7,
		9,
		9,
		4,
		4,
		4,
		4,
		4,
		6,
		10,
		7,
		8,
		13,
		11,
		8,
		8,
		9,
		14,
		7,
		14,
		10,
		7,
		9,
		7,
		7,
		9,
		6,
		9,
		2,
		12,
		5,
		3,
		3,
		13,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		8,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		1,
		7,
		6,
		4,
		12,
		3,
		3,
		3,
		3,
		3,
		8,
		7,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		11,
		15,
		14,
		2,
		8,
		3,
		5,
		5,
		8,
		10,
		8,
		6,
		4,
		7,
		17,
		7,
		4,
		5,
		2,
		6,
		3,
		5,
		4,
		2,
		2,
		12,
		5,
		5,
		3,
		15,
		13,
		8,
		11,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		5,
		3,
		3,
		3,
		3,
		4,
		2,
		3,
		18,
		2,
		12,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		16,
		8,
		8,
		9,
		6,
		6,
		4,
		4,
		4,
		4,
		31,
		6,
		6,
		10,
		11,
		21,
		10,
		9,
		7,
		10,
		7,
		7,
		5,
		2,
		4,
		4,
		4,
		4,
		6,
		5,
		3,
		3,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		6,
		4,
		6,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		7,
		7,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		8,
		2,
		3,
		3,
		3,
		3,
		3,
		5,
		9,
		11,
		3,
		3,
		3,
		3,
		4,
		4,
		3,
		3,
		3,
		3,
		3,
		5,
		10,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		2,
		3,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		11,
		10,
		10,
		10,
		10,
		10,
		11,
		10,
		11,
		10,
		11,
		10,
		9,
		9,
		11,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		2,
		3,
		3,
		5,
		5,
		5,
		3,
		7,
		8,
		7,
		6,
		6,
		11,
		4,
		4,
		4,
		4,
		7,
		8,
		9,
		9,
		2,
		3,
		7,
		4,
		4,
		2,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		4,
		4,
		4,
		2,
		2,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		5,
		5,
		5,
		7,
		7,
		6,
		6,
		6,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		6,
		8,
		8,
		1,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		6,
		9,
		12,
		3,
		7,
		10,
		7,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		3,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		8,
		8,
		6,
		6,
		8,
		6,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		7,
		5,
		5,
		20,
		19,
		8,
		10,
		9,
		7,
		10,
		6,
		8,
		11,
		6,
		6,
		6,
		6,
		13,
		12,
		8,
		6,
		7,
		14,
		11,
		9,
		2,
		5,
		3,
		6,
		2,
		3,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		4,
		3,
		7,
		6,
		4,
		7,
		4,
		3,
		6,
		4,
		7,
		2,
		2,
		7,
		7,
		7,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		9,
		10,
		10,
		10,
		11,
		7,
		8,
		20,
		7,
		9,
		8,
		9,
		8,
		12,
		6,
		6,
		6,
		8,
		9,
		8,
		12,
		6,
		6,
		8,
		13,
		10,
		12,
		6,
		6,
		7,
		7,
		9,
		6,
		4,
		4,
		4,
		4,
		4,
		4,
		10,
		6,
		6,
		6,
		7,
		14,
		11,
		10,
		7,
		8,
		10,
		8,
		11,
		14,
		11,
		11,
		9,
		7,
		9,
		8,
		11,
		13,
		9,
		17,
		10,
		9,
		2,
		2,
		2,
		9,
		3,
		3,
		3,
		3,
		15,
		14,
		9,
		5,
		5,
		2,
		8,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		15,
		12,
		22,
		19,
		17,
		18,
		18,
		19,
		21,
		7,
		16,
		16,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		7,
		16,
		11,
		11,
		7,
		7,
		7,
		7,
		17,
		7,
		8,
		12,
		15,
		9,
		19,
		7,
		19,
		8,
		21,
		11,
		12,
		19,
		14,
		22,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		16,
		16,
		19,
		24,
		12,
		7,
		14,
		7,
		12,
		7,
		8,
		10,
		10,
		13,
		7,
		12,
		12,
		7,
		7,
		10,
		18,
		15,
		12,
		16,
		7,
		14,
		12,
		17,
		10,
		16,
		17,
		12,
		17,
		25,
		7,
		7,
		7,
		13,
		6,
		9,
		6,
		9,
		18,
		6,
		6,
		11,
		20,
		10,
		6,
		6,
		6,
		6,
		6,
		6,
		17,
		6,
		6,
		6,
		15,
		6,
		6,
		6,
		6,
		6,
		8,
		14,
		11,
		12,
		11,
		15,
		13,
		19,
		17,
		21,
		7,
		18,
		8,
		13,
		13,
		8,
		12,
		8,
		6,
		6,
		13,
		6,
		15,
		15,
		16,
		6,
		6,
		16,
		6,
		6,
		6,
		14,
		6,
		18,
		6,
		6,
		6,
		17,
		18,
		9,
		13,
		15,
		8,
		19,
		8,
		15,
		15,
		18,
		14,
		16,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		11,
		10,
		11,
		6,
		21,
		23,
		12,
		17,
		12,
		11,
		14,
		13,
		22,
		15,
		15,
		11,
		12,
		14,
		12,
		7,
		12,
		8,
		12,
		14,
		12,
		18,
		10,
		8,
		16,
		19,
		17,
		12,
		14,
		15,
		8,
		19,
		17,
		12,
		13,
		13,
		15,
		18,
		13,
		23,
		24,
		23,
		21,
		17,
		24,
		8,
		21,
		8,
		14,
		14,
		16,
		20,
		14,
		8,
		8,
		15,
		20,
		8,
		19,
		21,
		9,
		8,
		13,
		12,
		13,
		15,
		11,
		8,
		11,
		9,
		9,
		8,
		11,
		8,
		21,
		14,
		21,
		15,
		15,
		13,
		7,
		19,
		7,
		7,
		7,
		7,
		7,
		7,
		16,
		12,
		17,
		18,
		7,
		7,
		11,
		11,
		7,
		9,
		9,
		2,
		2,
		3,
		3,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		10,
		10,
		7,
		9,
		7,
		7,
		7,
		6,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		6,
		8,
		6,
		6,
		9,
		7,
		7,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		8,
		9,
		8,
		7,
		8,
		7,
		8,
		10,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		9,
		7,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		6,
		6,
		9,
		11,
		13,
		7,
		8,
		9,
		9,
		5,
		5,
		5,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		8,
		9,
		7,
		10,
		9,
		10,
		7,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		7,
		7,
		9,
		8,
		7,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		10,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		10,
		4,
		4,
		4,
		4,
		8,
		7,
		7,
		10,
		10,
		9,
		8,
		8,
		15,
		9,
		8,
		8,
		8,
		8,
		8,
		9,
		10,
		9,
		10,
		7,
		8,
		13,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		7,
		8,
		6,
		6,
		6,
		4,
		4,
		11,
		9,
		7,
		8,
		9,
		10,
		7,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		6,
		6,
		13,
		7,
		9,
		8,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		7,
		8,
		7,
		8,
		13,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		8,
		8,
		6,
		6,
		6,
		6,
		7,
		6,
		7,
		6,
		6,
		9,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		7,
		8,
		7,
		8,
		9,
		8,
		8,
		8,
		7,
		10,
		7,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		7,
		7,
		7,
		7,
		9,
		7,
		10,
		9,
		6,
		6,
		6,
		6,
		6,
		8,
		8,
		6,
		6,
		6,
		7,
		6,
		6,
		6,
		9,
		9,
		4,
		4,
		13,
		7,
		10,
		9,
		9,
		12,
		7,
		8,
		8,
		10,
		8,
		8,
		8,
		8,
		8,
		8,
		5,
		5,
		5,
		5,
		3,
		7,
		7,
		11,
		7,
		9,
		8,
		8,
		6,
		6,
		10,
		6,
		8,
		8,
		8,
		6,
		7,
		6,
		6,
		12,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		8,
		8,
		16,
		8,
		9,
		8,
		7,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		7,
		7,
		10,
		15,
		8,
		9,
		8,
		9,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		4,
		8,
		7,
		8,
		8,
		7,
		8,
		11,
		8,
		5,
		5,
		5,
		5,
		5,
		3,
		7,
		7,
		6,
		11,
		16,
		7,
		6,
		4,
		4,
		4,
		4,
		9,
		9,
		8,
		8,
		8,
		13,
		12,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		11,
		7,
		8,
		8,
		9,
		13,
		7,
		7,
		7,
		9,
		8,
		8,
		9,
		12,
		7,
		12,
		7,
		12,
		8,
		7,
		10,
		12,
		9,
		9,
		6,
		6,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		8,
		9,
		11,
		8,
		6,
		6,
		6,
		6,
		6,
		12,
		7,
		6,
		6,
		6,
		9,
		7,
		7,
		6,
		6,
		6,
		6,
		6,
		11,
		9,
		6,
		6,
		6,
		6,
		6,
		7,
		9,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		9,
		9,
		9,
		7,
		7,
		7,
		7,
		7,
		11,
		7,
		7,
		8,
		8,
		8,
		8,
		8,
		8,
		9,
		8,
		9,
		9,
		7,
		7,
		11,
		11,
		7,
		12,
		8,
		8,
		8,
		8,
		8,
		7,
		8,
		8,
		8,
		8,
		8,
		13,
		12,
		8,
		8,
		8,
		8,
		7,
		7,
		7,
		9,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		7,
		11,
		7,
		8,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		10,
		11,
		6,
		7,
		9,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		9,
		8,
		9,
		8,
		8,
		8,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		11,
		7,
		7,
		7,
		9,
		6,
		6,
		11,
		8,
		10,
		6,
		6,
		6,
		12,
		8,
		8,
		7,
		6,
		6,
		8,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		10,
		9,
		9,
		8,
		10,
		9,
		11,
		8,
		5,
		5,
		5,
		7,
		6,
		6,
		8,
		7,
		4,
		4,
		4,
		4,
		8,
		7,
		7,
		8,
		7,
		8,
		8,
		5,
		5,
		5,
		5,
		7,
		7,
		8,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		10,
		8,
		9,
		13,
		6,
		7,
		6,
		6,
		8,
		7,
		8,
		4,
		4,
		4,
		4,
		11,
		8,
		8,
		8,
		10,
		5,
		5,
		8,
		7,
		8,
		13,
		8,
		7,
		6,
		8,
		6,
		9,
		7,
		8,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		8,
		9,
		6,
		4,
		8,
		10,
		10,
		8,
		12,
		9,
		13,
		2,
		7,
		5,
		5,
		5,
		5,
		5,
		7,
		7,
		10,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		8,
		4,
		4,
		9,
		8,
		8,
		8,
		14,
		8,
		8,
		8,
		9,
		8,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		9,
		6,
		6,
		6,
		6,
		10,
		12,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		4,
		4,
		4,
		4,
		11,
		8,
		7,
		8,
		8,
		8,
		5,
		5,
		3,
		3,
		3,
		3,
		7,
		7,
		6,
		8,
		6,
		8,
		11,
		7,
		6,
		6,
		6,
		7,
		4,
		8,
		11,
		9,
		10,
		5,
		5,
		5,
		3,
		3,
		3,
		7,
		7,
		8,
		9,
		8,
		15,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		11,
		11,
		4,
		4,
		4,
		4,
		4,
		7,
		9,
		9,
		10,
		8,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		7,
		4,
		4,
		4,
		4,
		4,
		9,
		9,
		8,
		8,
		10,
		13,
		5,
		5,
		5,
		3,
		17,
		7,
		7,
		7,
		7,
		7,
		8,
		6,
		8,
		13,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		4,
		4,
		4,
		9,
		10,
		8,
		8,
		8,
		5,
		5,
		5,
		5,
		3,
		7,
		7,
		7,
		8,
		8,
		6,
		6,
		6,
		8,
		8,
		8,
		9,
		10,
		8,
		4,
		8,
		10,
		9,
		8,
		8,
		8,
		9,
		13,
		10,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		8,
		9,
		9,
		7,
		7,
		7,
		10,
		9,
		9,
		8,
		9,
		8,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		8,
		12,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		12,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		11,
		8,
		8,
		9,
		9,
		10,
		8,
		9,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		7,
		8,
		7,
		6,
		6,
		8,
		6,
		6,
		10,
		4,
		7,
		8,
		9,
		12,
		8,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		14,
		7,
		9,
		8,
		8,
		6,
		6,
		8,
		12,
		12,
		6,
		6,
		7,
		7,
		10,
		4,
		4,
		4,
		4,
		4,
		9,
		9,
		14,
		9,
		13,
		8,
		7,
		5,
		5,
		5,
		6,
		6,
		6,
		7,
		4,
		8,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		7,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		12,
		6,
		6,
		6,
		6,
		4,
		4,
		9,
		9,
		8,
		8,
		11,
		7,
		7,
		7,
		5,
		5,
		5,
		3,
		9,
		8,
		6,
		6,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		8,
		8,
		11,
		5,
		5,
		5,
		7,
		7,
		7,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		8,
		4,
		4,
		4,
		4,
		7,
		12,
		9,
		8,
		8,
		8,
		7,
		10,
		10,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		11,
		14,
		8,
		7,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		8,
		7,
		6,
		6,
		6,
		7,
		6,
		8,
		9,
		4,
		4,
		4,
		7,
		8,
		9,
		7,
		9,
		7,
		7,
		9,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		11,
		3,
		9,
		7,
		7,
		12,
		14,
		8,
		6,
		6,
		12,
		11,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		15,
		7,
		4,
		4,
		4,
		16,
		9,
		9,
		9,
		8,
		9,
		9,
		9,
		9,
		9,
		8,
		8,
		8,
		13,
		11,
		8,
		5,
		5,
		5,
		5,
		3,
		7,
		6,
		6,
		8,
		8,
		8,
		6,
		6,
		7,
		10,
		7,
		4,
		4,
		4,
		4,
		9,
		7,
		8,
		7,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		7,
		7,
		7,
		9,
		6,
		6,
		6,
		6,
		6,
		8,
		8,
		7,
		7,
		9,
		6,
		6,
		6,
		7,
		6,
		6,
		6,
		6,
		6,
		15,
		4,
		4,
		4,
		4,
		4,
		8,
		8,
		7,
		8,
		12,
		9,
		8,
		8,
		8,
		8,
		8,
		9,
		8,
		8,
		10,
		8,
		8,
		8,
		8,
		16,
		9,
		10,
		2,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		7,
		6,
		8,
		9,
		4,
		4,
		4,
		4,
		4,
		7,
		8,
		8,
		8,
		9,
		8,
		11,
		10,
		5,
		5,
		5,
		5,
		3,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		8,
		6,
		6,
		6,
		6,
		4,
		12,
		10,
		12,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		5,
		5,
		5,
		5,
		3,
		3,
		7,
		7,
		10,
		8,
		9,
		7,
		6,
		10,
		7,
		6,
		6,
		4,
		4,
		8,
		9,
		7,
		9,
		9,
		9,
		9,
		8,
		8,
		8,
		8,
		10,
		5,
		5,
		5,
		5,
		5,
		5,
		8,
		7,
		6,
		6,
		6,
		10,
		6,
		7,
		10,
		7,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		12,
		9,
		10,
		7,
		7,
		10,
		8,
		10,
		5,
		12,
		9,
		6,
		6,
		6,
		6,
		6,
		7,
		6,
		4,
		4,
		4,
		10,
		9,
		9,
		8,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		13,
		7,
		7,
		9,
		7,
		7,
		7,
		8,
		9,
		9,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		13,
		9,
		15,
		15,
		4,
		4,
		4,
		4,
		4,
		10,
		10,
		9,
		8,
		9,
		8,
		8,
		9,
		7,
		8,
		7,
		8,
		5,
		5,
		7,
		6,
		6,
		6,
		4,
		4,
		4,
		7,
		8,
		11,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		11,
		10,
		7,
		4,
		4,
		4,
		9,
		8,
		8,
		5,
		5,
		5,
		5,
		5,
		9,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		9,
		4,
		4,
		4,
		4,
		8,
		8,
		8,
		9,
		9,
		8,
		8,
		8,
		13,
		2,
		4,
		2,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		9,
		6,
		6,
		6,
		6,
		10,
		8,
		8,
		8,
		6,
		6,
		6,
		4,
		4,
		9,
		8,
		10,
		8,
		9,
		8,
		8,
		8,
		9,
		8,
		8,
		5,
		3,
		3,
		3,
		11,
		6,
		6,
		6,
		7,
		6,
		6,
		6,
		4,
		4,
		9,
		8,
		5,
		5,
		5,
		5,
		5,
		3,
		11,
		8,
		6,
		6,
		6,
		6,
		6,
		9,
		7,
		4,
		4,
		14,
		10,
		9,
		8,
		12,
		8,
		8,
		8,
		11,
		15,
		8,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		11,
		11,
		11,
		10,
		10,
		7,
		7,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		7,
		11,
		7,
		7,
		11,
		11,
		7,
		8,
		9,
		10,
		7,
		7,
		9,
		9,
		9,
		9,
		7,
		7,
		10,
		8,
		13,
		8,
		8,
		8,
		8,
		11,
		10,
		6,
		6,
		8,
		10,
		11,
		14,
		14,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		11,
		7,
		7,
		6,
		8,
		12,
		11,
		11,
		6,
		6,
		10,
		6,
		6,
		6,
		6,
		6,
		10,
		7,
		7,
		6,
		6,
		11,
		6,
		6,
		6,
		11,
		8,
		9,
		7,
		6,
		10,
		11,
		9,
		10,
		11,
		7,
		11,
		8,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		8,
		6,
		6,
		8,
		9,
		10,
		9,
		6,
		6,
		6,
		10,
		6,
		6,
		6,
		6,
		11,
		10,
		11,
		10,
		9,
		8,
		7,
		7,
		7,
		7,
		11,
		14,
		8,
		10,
		9,
		9,
		8,
		8,
		7,
		11,
		8,
		8,
		8,
		11,
		11,
		10,
		10,
		9,
		10,
		8,
		11,
		10,
		8,
		11,
		9,
		12,
		8,
		10,
		8,
		11,
		8,
		9,
		9,
		11,
		11,
		10,
		11,
		13,
		8,
		7,
		8,
		8,
		9,
		7,
		8,
		8,
		8,
		8,
		7,
		8,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		4,
		4,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		8,
		6,
		4,
		4,
		4,
		11,
		7,
		11,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		8,
		7,
		7,
		8,
		8,
		4,
		8,
		7,
		7,
		7,
		9,
		7,
		8,
		9,
		8,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		5,
		5,
		3,
		3,
		8,
		6,
		8,
		6,
		9,
		4,
		4,
		10,
		7,
		3,
		3,
		3,
		7,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		4,
		10,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		2,
		3,
		3,
		3,
		5,
		2,
		4,
		2,
		6,
		2,
		2,
		9,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		9,
		8,
		7,
		9,
		6,
		6,
		11,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		6,
		7,
		7,
		11,
		8,
		8,
		6,
		5,
		11,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		4,
		4,
		4,
		4,
		3,
		3,
		3,
		3,
		5,
		7,
		2,
		3,
		3,
		3,
		3,
		3,
		8,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		4,
		4,
		4,
		4,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		3,
		6,
		3,
		3,
		8,
		10,
		3,
		4,
		4,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		8,
		9,
		10,
		7,
		7,
		1,
		14,
		18,
		13,
		18,
		13,
		10,
		10,
		16,
		13,
		18,
		16,
		13,
		16,
		18,
		13,
		22,
		16,
		16,
		16,
		14,
		21,
		16,
		9,
		14,
		16,
		9,
		9,
		14,
		10,
		10,
		14,
		12,
		14,
		19,
		12,
		11,
		18,
		13,
		17,
		15,
		15,
		15,
		15,
		16,
		14,
		13,
		19,
		18,
		15,
		19,
		18,
		12,
		18,
		12,
		11,
		20,
		14,
		15,
		10,
		17,
		17,
		16,
		19,
		20,
		21,
		15,
		13,
		16,
		15,
		15,
		15,
		1,
		1,
		3,
		8,
		7,
		7,
		8,
		8,
		8,
		1,
		6,
		1,
		1,
		6,
		3,
		3,
		4,
		7,
		3,
		3,
		5,
		5,
		4,
		4,
		4,
		4,
		4,
		2,
		7,
		7,
		8,
		12,
		3,
		4,
		5,
		1,
		3,
		4,
		4,
		10,
		4,
		3,
		3,
		3,
		8,
		7,
		7,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		12,
		9,
		20,
		7,
		5,
		5,
		5,
		9,
		13,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		16,
		5,
		5,
		5,
		13,
		7,
		8,
		8,
		11,
		8,
		7,
		9,
		7,
		11,
		12,
		9,
		9,
		8,
		8,
		11,
		10,
		14,
		7,
		12,
		10,
		11,
		13,
		7,
		9,
		11,
		17,
		17,
		14,
		13,
		7,
		8,
		7,
		10,
		10,
		7,
		16,
		13,
		7,
		8,
		17,
		12,
		9,
		8,
		6,
		7,
		10,
		6,
		6,
		12,
		6,
		8,
		10,
		8,
		8,
		8,
		6,
		8,
		6,
		14,
		6,
		6,
		6,
		13,
		6,
		10,
		6,
		6,
		7,
		14,
		8,
		6,
		6,
		10,
		11,
		10,
		9,
		9,
		7,
		7,
		6,
		6,
		6,
		9,
		9,
		7,
		9,
		10,
		9,
		13,
		12,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		6,
		6,
		8,
		8,
		6,
		8,
		9,
		10,
		9,
		7,
		10,
		10,
		8,
		7,
		8,
		7,
		10,
		12,
		9,
		8,
		10,
		15,
		8,
		7,
		8,
		8,
		7,
		7,
		15,
		13,
		7,
		10,
		9,
		14,
		18,
		16,
		7,
		24,
		7,
		8,
		10,
		11,
		16,
		8,
		14,
		7,
		9,
		9,
		9,
		13,
		19,
		14,
		15,
		14,
		11,
		7,
		13,
		9,
		10,
		7,
		13,
		9,
		10,
		11,
		12,
		8,
		9,
		2,
		3,
		5,
		8,
		7,
		4,
		4,
		15,
		10,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		4,
		4,
		4,
		2,
		2,
		2,
		2,
		2,
		1,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		2,
		12,
		5,
		3,
		8,
		10,
		15,
		6,
		7,
		2,
		3,
		2,
		5,
		5,
		12,
		2,
		5,
		5,
		5,
		5,
		2,
		2,
		5,
		5,
		12,
		9,
		5,
		2,
		2,
		9,
		5,
		5,
		12,
		12,
		5,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		9,
		12,
		5,
		8,
		8,
		9,
		5,
		5,
		5,
		8,
		19,
		7,
		16,
		15,
		14,
		9,
		9,
		9,
		9,
		7,
		11,
		11,
		11,
		7,
		14,
		10,
		10,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		15,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		9,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		14,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		15,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		12,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		9,
		12,
		9,
		9,
		12,
		12,
		12,
		15,
		7,
		11,
		7,
		14,
		11,
		18,
		13,
		8,
		18,
		15,
		18,
		12,
		14,
		12,
		8,
		8,
		8,
		8,
		9,
		9,
		9,
		12,
		7,
		10,
		10,
		8,
		8,
		12,
		12,
		12,
		7,
		12,
		12,
		9,
		7,
		7,
		7,
		7,
		7,
		8,
		15,
		12,
		9,
		10,
		10,
		7,
		10,
		10,
		13,
		11,
		10,
		9,
		22,
		11,
		9,
		8,
		8,
		8,
		8,
		8,
		13,
		18,
		13,
		9,
		15,
		19,
		9,
		7,
		7,
		10,
		7,
		7,
		7,
		11,
		8,
		13,
		17,
		7,
		7,
		10,
		10,
		10,
		7,
		20,
		16,
		7,
		7,
		7,
		7,
		7,
		7,
		11,
		21,
		12,
		12,
		13,
		11,
		14,
		16,
		8,
		8,
		13,
		11,
		7,
		7,
		13,
		7,
		7,
		14,
		15,
		15,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		13,
		10,
		18,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		11,
		8,
		8,
		12,
		12,
		11,
		11,
		8,
		12,
		9,
		9,
		9,
		13,
		13,
		9,
		9,
		9,
		9,
		9,
		9,
		6,
		10,
		12,
		6,
		6,
		6,
		6,
		17,
		11,
		7,
		7,
		7,
		7,
		14,
		14,
		12,
		6,
		7,
		7,
		6,
		6,
		15,
		10,
		13,
		10,
		6,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		13,
		9,
		9,
		15,
		13,
		6,
		12,
		12,
		6,
		19,
		11,
		10,
		7,
		7,
		16,
		8,
		19,
		17,
		9,
		9,
		9,
		9,
		9,
		6,
		6,
		6,
		10,
		8,
		16,
		8,
		6,
		6,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		8,
		8,
		8,
		6,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		14,
		6,
		6,
		6,
		6,
		20,
		6,
		9,
		6,
		14,
		9,
		9,
		9,
		6,
		9,
		8,
		8,
		12,
		9,
		8,
		8,
		8,
		8,
		7,
		8,
		12,
		7,
		8,
		8,
		8,
		6,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		8,
		8,
		6,
		6,
		13,
		9,
		12,
		13,
		12,
		14,
		13,
		12,
		11,
		11,
		6,
		8,
		8,
		8,
		6,
		13,
		12,
		11,
		11,
		12,
		6,
		11,
		12,
		11,
		13,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		15,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		13,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		8,
		8,
		8,
		8,
		6,
		18,
		6,
		12,
		13,
		13,
		13,
		9,
		10,
		15,
		9,
		12,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		15,
		10,
		9,
		10,
		13,
		9,
		19,
		8,
		18,
		17,
		10,
		10,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		10,
		14,
		8,
		16,
		16,
		9,
		8,
		15,
		8,
		8,
		10,
		12,
		14,
		7,
		7,
		8,
		8,
		7,
		7,
		7,
		7,
		8,
		13,
		13,
		11,
		9,
		9,
		9,
		12,
		10,
		17,
		8,
		11,
		9,
		7,
		7,
		14,
		8,
		14,
		14,
		7,
		7,
		7,
		7,
		7,
		7,
		14,
		7,
		7,
		7,
		7,
		7,
		10,
		10,
		8,
		14,
		7,
		7,
		7,
		7,
		8,
		8,
		8,
		8,
		8,
		17,
		9,
		7,
		15,
		7,
		8,
		12,
		7,
		9,
		14,
		7,
		7,
		7,
		9,
		13,
		8,
		14,
		7,
		16,
		18,
		13,
		15,
		14,
		12,
		13,
		10,
		15,
		9,
		7,
		7,
		7,
		10,
		13,
		15,
		15,
		9,
		9,
		9,
		9,
		19,
		11,
		7,
		11,
		11,
		13,
		8,
		8,
		8,
		8,
		7,
		12,
		19,
		17,
		9,
		9,
		13,
		7,
		7,
		7,
		9,
		7,
		7,
		7,
		12,
		13,
		15,
		10,
		8,
		8,
		14,
		15,
		12,
		13,
		13,
		8,
		12,
		14,
		7,
		11,
		7,
		14,
		15,
		13,
		12,
		8,
		8,
		8,
		8,
		11,
		13,
		15,
		15,
		8,
		13,
		12,
		8,
		8,
		8,
		13,
		10,
		16,
		14,
		11,
		8,
		8,
		12,
		12,
		9,
		15,
		15,
		12,
		12,
		13,
		8,
		8,
		9,
		12,
		13,
		9,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		11,
		12,
		11,
		7,
		14,
		7,
		13,
		13,
		13,
		12,
		18,
		16,
		7,
		12,
		11,
		10,
		10,
		15,
		9,
		9,
		9,
		21,
		7,
		7,
		7,
		11,
		16,
		8,
		8,
		11,
		11,
		7,
		7,
		7,
		7,
		7,
		19,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		12,
		8,
		9,
		12,
		14,
		11,
		9,
		9,
		9,
		22,
		12,
		3,
		3,
		4,
		8,
		8,
		15,
		4,
		2,
		2,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		6,
		4,
		4,
		4,
		12,
		7,
		10,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		7,
		3,
		7,
		5,
		14,
		4,
		4,
		4,
		7,
		10,
		4,
		1,
		3,
		3,
		6,
		2,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		4,
		2,
		2,
		5,
		3,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		11,
		5,
		5,
		5,
		11,
		5,
		5,
		3,
		5,
		5,
		5,
		5,
		11,
		14,
		13,
		9,
		11,
		9,
		12,
		8,
		11,
		11,
		8,
		11,
		16,
		9,
		9,
		7,
		10,
		9,
		12,
		8,
		15,
		6,
		6,
		7,
		6,
		6,
		13,
		10,
		8,
		11,
		8,
		6,
		6,
		6,
		12,
		16,
		6,
		11,
		7,
		8,
		9,
		18,
		6,
		6,
		9,
		4,
		4,
		6,
		13,
		6,
		6,
		6,
		6,
		8,
		8,
		9,
		16,
		7,
		7,
		14,
		7,
		8,
		8,
		8,
		7,
		7,
		7,
		7,
		7,
		7,
		15,
		13,
		7,
		10,
		7,
		7,
		10,
		12,
		16,
		15,
		7,
		9,
		9,
		14,
		11,
		11,
		10,
		9,
		10,
		8,
		12,
		7,
		8,
		7,
		7,
		10,
		12,
		7,
		12,
		8,
		7,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		3,
		3,
		5,
		5,
		5,
		10,
		8,
		7,
		4,
		4,
		4,
		4,
		8,
		7,
		10,
		9,
		7,
		9,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		1,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		4,
		5,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		6,
		6,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		9,
		8,
		2,
		2,
		2,
		8,
		12,
		7,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		8,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		7,
		11,
		9,
		8,
		8,
		8,
		7,
		8,
		9,
		7,
		7,
		9,
		7,
		7,
		7,
		10,
		7,
		7,
		10,
		9,
		10,
		6,
		6,
		6,
		6,
		6,
		6,
		15,
		7,
		8,
		9,
		9,
		8,
		6,
		6,
		10,
		9,
		6,
		8,
		13,
		9,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		12,
		6,
		6,
		7,
		6,
		7,
		6,
		6,
		6,
		10,
		10,
		7,
		6,
		6,
		6,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		6,
		14,
		6,
		6,
		7,
		7,
		9,
		6,
		6,
		6,
		6,
		9,
		9,
		8,
		9,
		10,
		9,
		8,
		9,
		12,
		7,
		7,
		7,
		8,
		7,
		10,
		12,
		11,
		9,
		10,
		7,
		7,
		7,
		9,
		10,
		10,
		8,
		12,
		9,
		7,
		7,
		9,
		8,
		8,
		8,
		10,
		7,
		7,
		8,
		9,
		9,
		7,
		7,
		7,
		8,
		2,
		4,
		2,
		4,
		6,
		3,
		4,
		2,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		4,
		4,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		8,
		6,
		4,
		7,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		12,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		2,
		3,
		5,
		3,
		4,
		7,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		3,
		3,
		6,
		4,
		3,
		4,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		4,
		4,
		4,
		4,
		2,
		7,
		6,
		8,
		9,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		5,
		7,
		2,
		3,
		3,
		8,
		7,
		7,
		2,
		2,
		8,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		8,
		8,
		7,
		7,
		6,
		10,
		6,
		9,
		7,
		11,
		4,
		6,
		8,
		8,
		7,
		8,
		4,
		2,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		11,
		8,
		9,
		6,
		6,
		8,
		7,
		4,
		4,
		7,
		6,
		8,
		7,
		2,
		2,
		3,
		3,
		3,
		3,
		4,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		2,
		2,
		5,
		3,
		3,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		1,
		2,
		2,
		2,
		2,
		2,
		12,
		5,
		5,
		3,
		3,
		3,
		5,
		10,
		12,
		6,
		15,
		4,
		6,
		6,
		7,
		14,
		9,
		3,
		3,
		3,
		3,
		3,
		8,
		2,
		2,
		3,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		8,
		8,
		6,
		8,
		7,
		5,
		8,
		4,
		6,
		11,
		2,
		2,
		4,
		7,
		3,
		3,
		2,
		9,
		8,
		8,
		5,
		5,
		5,
		3,
		3,
		3,
		5,
		5,
		5,
		9,
		7,
		7,
		6,
		6,
		10,
		6,
		8,
		8,
		6,
		8,
		9,
		7,
		4,
		4,
		4,
		4,
		4,
		7,
		6,
		6,
		8,
		7,
		7,
		10,
		9,
		9,
		8,
		11,
		8,
		7,
		7,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		7,
		6,
		2,
		5,
		5,
		11,
		6,
		7,
		6,
		4,
		8,
		9,
		11,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		9,
		9,
		6,
		4,
		8,
		7,
		7,
		5,
		9,
		8,
		6,
		2,
		6,
		8,
		7,
		8,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		16,
		8,
		7,
		7,
		7,
		8,
		7,
		7,
		7,
		7,
		9,
		6,
		9,
		6,
		10,
		7,
		7,
		7,
		6,
		10,
		8,
		9,
		11,
		11,
		8,
		4,
		4,
		10,
		8,
		8,
		6,
		9,
		6,
		11,
		8,
		8,
		8,
		15,
		7,
		8,
		9,
		5,
		3,
		3,
		3,
		3,
		3,
		5,
		2,
		2,
		3,
		8,
		9,
		10,
		7,
		3,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		6,
		4,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		11,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		7,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		12,
		7,
		4,
		12,
		4,
		6,
		5,
		4,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		4,
		11,
		10,
		6,
		4,
		6,
		10,
		8,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		4,
		4,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		3,
		4,
		4,
		1,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		10,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		8,
		8,
		7,
		13,
		12,
		10,
		10,
		8,
		8,
		7,
		7,
		9,
		12,
		11,
		6,
		6,
		8,
		8,
		9,
		7,
		7,
		7,
		10,
		15,
		10,
		4,
		4,
		4,
		4,
		4,
		11,
		8,
		8,
		9,
		7,
		9,
		14,
		14,
		12,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		12,
		5,
		5,
		11,
		10,
		7,
		9,
		3,
		8,
		7,
		3,
		15,
		13,
		11,
		4,
		4,
		2,
		2,
		2,
		19,
		7,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		22,
		18,
		6,
		14,
		17,
		4,
		4,
		19,
		16,
		18,
		2,
		3,
		3,
		7,
		2,
		3,
		2,
		3,
		3,
		6,
		4,
		2,
		3,
		3,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		9,
		9,
		2,
		3,
		2,
		2,
		2,
		3,
		3,
		3,
		5,
		7,
		14,
		7,
		7,
		12,
		9,
		13,
		6,
		11,
		6,
		10,
		9,
		7,
		7,
		8,
		12,
		12,
		8,
		8,
		8,
		10,
		7,
		7,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		5,
		10,
		7,
		8,
		11,
		8,
		12,
		9,
		4,
		14,
		7,
		7,
		9,
		13,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		2,
		3,
		3,
		3,
		1,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		8,
		4,
		4,
		4,
		3,
		2,
		3,
		3,
		3,
		3,
		5,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		7,
		7,
		7,
		7,
		7,
		8,
		8,
		8,
		8,
		8,
		12,
		9,
		8,
		8,
		9,
		8,
		6,
		17,
		6,
		6,
		6,
		8,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		4,
		4,
		8,
		8,
		9,
		9,
		9,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		9,
		9,
		9,
		7,
		8,
		8,
		8,
		10,
		7,
		13,
		10,
		8,
		9,
		3,
		3,
		5,
		3,
		5,
		3,
		3,
		3,
		3,
		3,
		7,
		7,
		6,
		6,
		10,
		13,
		11,
		11,
		8,
		8,
		9,
		8,
		9,
		9,
		10,
		10,
		10,
		11,
		10,
		10,
		13,
		13,
		16,
		15,
		11,
		12,
		9,
		9,
		10,
		9,
		11,
		10,
		9,
		9,
		14,
		7,
		8,
		3,
		10,
		7,
		7,
		3,
		2,
		2,
		2,
		5,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		7,
		2,
		2,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		4,
		11,
		6,
		6,
		7,
		4,
		6,
		2,
		2,
		3,
		3,
		3,
		1,
		3,
		3,
		3,
		3,
		3,
		3,
		6,
		4,
		4,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		4,
		4,
		6,
		6,
		6,
		6,
		5,
		4,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		2,
		9,
		11,
		6,
		10,
		9,
		12,
		7,
		7,
		11,
		14,
		9,
		7,
		12,
		3,
		3,
		7,
		12,
		11,
		12,
		7,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		9,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		11,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		11,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		3,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		6,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		5,
		3,
		10,
		3,
		3,
		3,
		11,
		3,
		5,
		9,
		11,
		8,
		12,
		14,
		9,
		7,
		8,
		7,
		7,
		11,
		11,
		7,
		7,
		10,
		9,
		8,
		10,
		9,
		7,
		7,
		7,
		7,
		7,
		7,
		8,
		8,
		7,
		11,
		8,
		8,
		8,
		7,
		7,
		10,
		8,
		7,
		13,
		12,
		7,
		17,
		10,
		8,
		8,
		11,
		7,
		11,
		11,
		14,
		7,
		11,
		7,
		8,
		6,
		9,
		20,
		8,
		7,
		9,
		16,
		7,
		10,
		6,
		11,
		10,
		8,
		9,
		7,
		16,
		11,
		11,
		9,
		8,
		9,
		8,
		8,
		8,
		11,
		8,
		15,
		8,
		8,
		9,
		7,
		8,
		8,
		11,
		10,
		7,
		5,
		7,
		10,
		10,
		15,
		7,
		7,
		7,
		8,
		7,
		8,
		8,
		10,
		11,
		10,
		10,
		10,
		11,
		11,
		7,
		8,
		6,
		8,
		8,
		10,
		6,
		8,
		6,
		6,
		7,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		16,
		6,
		15,
		6,
		7,
		11,
		11,
		7,
		9,
		10,
		11,
		13,
		10,
		6,
		16,
		8,
		10,
		12,
		11,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		10,
		6,
		10,
		7,
		7,
		7,
		11,
		7,
		11,
		6,
		6,
		6,
		6,
		6,
		6,
		17,
		7,
		7,
		6,
		6,
		12,
		22,
		6,
		6,
		6,
		6,
		6,
		8,
		6,
		6,
		6,
		6,
		7,
		6,
		6,
		5,
		6,
		6,
		8,
		11,
		6,
		9,
		14,
		11,
		9,
		11,
		7,
		7,
		8,
		6,
		6,
		6,
		8,
		10,
		9,
		6,
		6,
		6,
		6,
		9,
		7,
		6,
		6,
		6,
		6,
		6,
		15,
		6,
		4,
		4,
		4,
		6,
		4,
		17,
		8,
		11,
		6,
		6,
		9,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		7,
		6,
		6,
		6,
		6,
		10,
		6,
		10,
		6,
		6,
		6,
		6,
		12,
		8,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		9,
		6,
		6,
		6,
		6,
		18,
		6,
		6,
		6,
		8,
		9,
		10,
		7,
		8,
		9,
		10,
		11,
		7,
		13,
		6,
		8,
		8,
		6,
		6,
		14,
		7,
		7,
		7,
		7,
		10,
		7,
		14,
		9,
		6,
		6,
		9,
		15,
		9,
		7,
		14,
		6,
		11,
		14,
		13,
		7,
		12,
		8,
		7,
		7,
		7,
		7,
		7,
		12,
		7,
		10,
		9,
		16,
		6,
		8,
		6,
		5,
		17,
		6,
		8,
		10,
		4,
		6,
		4,
		10,
		15,
		17,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		4,
		8,
		4,
		4,
		11,
		7,
		4,
		4,
		7,
		7,
		7,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		6,
		19,
		17,
		6,
		10,
		11,
		6,
		6,
		6,
		6,
		18,
		6,
		6,
		11,
		4,
		4,
		4,
		5,
		6,
		6,
		6,
		9,
		5,
		6,
		4,
		6,
		6,
		4,
		6,
		6,
		6,
		6,
		10,
		6,
		6,
		4,
		6,
		6,
		10,
		6,
		10,
		6,
		6,
		6,
		6,
		11,
		6,
		6,
		10,
		6,
		6,
		8,
		6,
		6,
		6,
		8,
		6,
		11,
		4,
		11,
		9,
		10,
		9,
		11,
		4,
		8,
		4,
		11,
		12,
		7,
		9,
		8,
		6,
		7,
		7,
		8,
		12,
		12,
		11,
		13,
		10,
		11,
		7,
		7,
		7,
		9,
		7,
		11,
		10,
		7,
		7,
		7,
		16,
		11,
		10,
		11,
		17,
		9,
		9,
		8,
		8,
		7,
		7,
		7,
		9,
		7,
		7,
		7,
		14,
		7,
		13,
		9,
		11,
		10,
		14,
		10,
		10,
		12,
		11,
		10,
		7,
		10,
		5,
		14,
		8,
		8,
		8,
		9,
		7,
		8,
		7,
		7,
		9,
		8,
		7,
		8,
		7,
		7,
		7,
		7,
		7,
		7,
		7,
		11,
		8,
		10,
		8,
		7,
		8,
		14,
		11,
		8,
		9,
		9,
		9,
		8,
		24,
		10,
		10,
		12,
		7,
		7,
		15,
		11,
		8,
		8,
		12,
		11,
		8,
		9,
		9,
		7,
		8,
		9,
		10,
		11,
		10,
		11,
		7,
		12,
		7,
		7,
		11,
		9,
		8,
		14,
		13,
		12,
		8,
		11,
		10,
		8,
		8,
		7,
		7,
		14,
		9,
		10,
		8,
		9,
		11,
		7,
		14,
		8,
		8,
		13,
		8,
		8,
		12,
		7,
		10,
		14,
		14,
		11,
		9,
		10,
		9,
		9,
		7,
		7,
		11,
		11,
		13,
		9,
		13,
		5,
		5,
		5,
		7,
		9,
		5,
		11,
		12,
		14,
		8,
		7,
		7,
		11,
		10,
		9,
		7,
		8,
		8,
		7,
		10,
		11,
		11,
		5,
		5,
		7,
		5,
		5,
		5,
		7,
		7,
		15,
		7,
		7,
		8,
		7,
		15,
		12,
		12,
		10,
		7,
		8,
		7,
		11,
		7,
		7,
		7,
		23,
		11,
		8,
		8,
		11,
		10,
		7,
		8,
		11,
		7,
		19,
		7,
		7,
		6,
		9,
		9,
		9,
		11,
		3,
		4,
		7,
		8,
		6,
		6,
		4,
		10,
		8,
		2,
		2
	]);
	const labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobj*appsofforgcomnetuwukiloappsrelumesiteairoappdevsframerorgmilcomnetedugovcoradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunsoftrputercrbtsflutterflowcloudzyrospawnbasesliplanemodelencelambforgeshiptodaymagicpatternsnetlifyhostneyondigitaloceanrailwayhostedclaudepymaiahasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopstrwencrpplxzeaburwasmerframerzeropsaiwebinfrarocketpreviewmythexconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedstaticrunngrok-freeblacktopsclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecomeaccoagricorgnetgovshopofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnpvfloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogooruskzorgcomnetinteduxyzaéroportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimhostneyjoteluluencowayjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejotehostravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomeinfusion-ailinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz網絡网络公司orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrsites*sharedframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesstagingjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesonhomemadeis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappfreshasitedevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdataaspirethemeslikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsphronusercontentauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycameraprairielearn-user-contentfrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacshipstaticownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapiwordsmithmcpcontentfastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectgünstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsgünstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformhäkkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilexportmszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra教育敎育網絡网絡组織組織网络網络组织組织公司政府個人个人箇人ltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatixportiservwp2tempurlfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormyᬩᬮᬶmilwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedgeايرانایرانjclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinosüdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforlì-cesenatuscanyvallée-d-aostemantovavallée-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavalléedaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentinsüd-tiroltrentinosüd-tirolmonzabrianzatrentino-südtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevalléeaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-süd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforlìcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentinsüdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-südtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-süd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzasüdtirolreggiocalabriatrentinoaadigetrentin-südtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forlìvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforlìtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-südtirolbalsan-südtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara長野京都岐阜大阪三重群馬千葉滋賀佐賀奈良adednelgaccogogror秋田愛知高知埼玉沖縄栃木熊本岩手青森山梨新潟島根鳥取長崎香川宮城石川大分宮崎茨城山口兵庫山形徳島広島福島福岡岡山富山静岡愛媛福井東京xn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste北海道penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez神奈川鹿児島和歌山bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaefjusfsxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovipdiskmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachafaablekeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxspheronachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipbg5de5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsentrypagesazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalervålerxn--vler-qoaossandeheroysandeherøybøboheroyherøyxn--hery-iraxn--b-5gavalerbøboxn--b-5gasandesandexn--hery-iraxn--vler-qoavålerhåreålaahavaofsfvfhlolnlalrlhmfmtmahcostntbuåstrmreigersundmyspreadshopgálsáeidsvolltingvollgildeskalflorøvadsøvardøvanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-landsøndre-landtjieltexn--vrggt-xqadsør-aurdalsor-aurdalheradstordmoldefordeførdeseljefedjeryggehemnexn--krehamn-dxasognegranesøgnebrynetjomevallebykletokkegiskedovretjømehobølvoldasaudatolgasømnaviknadønnasomnadonnatranafrananesnaraumasmolatrænafrænalesjasmølaørstaorstahitrafloraaukraloppafrøyarissasnasahalsagalsaromsaraisaráisafroyasnåsagronghobolfjelltydalårdalardalaskimharamkraanghkekråanghkesorumbarumhurumbærumsørummodumsálátbálátfrognbjugnvåganvagangulenskienløtenlotenstrynvefsnxn--merker-kuaskaunsveiobømlobomloskjåkvardoflorovadsosalatbalatsálatklæbuklabuselbubarduulvikskjakklepprisørxn--nttery-byaeflåeidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnesåsnesrørosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyradøyandøyrødøymeløyaskøylurøydyrøymåsøyværøynærøyhoylandethøylandetdivtasvuodnalørenskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunjárgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkvæfjordsongdalenmjondalenmjøndalenxn--gls-elackragerogáŋgaviikagangaviikasørreisasorreisasør-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikrøyrvikroyrviksvelvikvenneslaevje-og-hornnessandnessjøenmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabrønnøysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontrøgstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hvegårsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenjárgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkrødsheradkrodsheradkvinnheradbrønnøyxn--mtta-vrjjat-k7afxn--lrenskog-54akvitsøyvárggátkarlsøyosterøyinderøyhamarøybronnoysundxn--aurskog-hland-jnbbahccavuotnabáhccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvmålselvxn--unjrga-rtamøre-og-romsdalmore-og-romsdalhareidmelandørlandorlandstrandålgårdsolundalgardafjordåfjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesnåasesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-totenøstre-totenvestfoldxn--mely-iraálaheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordjølsterjolsteraremarkhedmarknååmesjevuemienaamesjevuemiexn--vard-jrarollagmeråkermerakerorskogørskogxn--bdddj-mrabdákŋoluoktaxn--osyro-wuaaknoluoktatrysilskjervøymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdallærdalhurdalsirdalverdallerdallardaloppdalåseralaseralhadselkragerødivttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettromsøxn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblbájddarbajddarxn--laheadju-7yarennesøyxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordbåtsfjordbatsfjordmuosátbievátloabátkárášjohkanøtterøyxn--mjndalen-64anordkappláhppilahppialstahaugsiljanverranrøykenroykenhaldenlyngenbergenhortenhønefosshonefosstroandinbeiarnvarggatosoyroosøyrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyaskánitskanitraholtråholtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandjørpelanddeatnuringsakersør-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstjørdalnaustdalhjartdalgjøvikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdrøbakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iramálatvuopmimalatvuopmitysværkirkenesbirkenesmoskenesbáidárxn--fjord-lraxn--rdal-poabahcavuotnabáhcavuotnaxn--frde-gralindåsbearalvahkixn--hobl-iraráhkkerávjuxn--loabt-0qavågåáltábodøsundlundraderådeetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvamåmliamlibokntinnroangranosenoslobodorøstroststatåmotamotivguprivøyeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerhábmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularhápmirhapmirmelhusfosnesøksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergtønsberglindasxn--sndre-land-0cbnamsosxn--srum-graøystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26fčáhcesuolocahcesuoloakrehamnåkrehamnsandøykarmøyfinnøytranøyvågsøyaverøynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildeskålporsanguxn--trgstad-r1anávuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaevenáššivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalváhkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8aporsáŋgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierváivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsundålesundalesundfetsundfarsundovre-eikerøvre-eikerakershusxn--moreke-juasørfoldøstfoldostfoldsorfoldhøyangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordkåfjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogrømskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkvænangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandskånlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnagáivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimbådåddjåxn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholtålenxn--vads-jraxn--jlster-byamosjøenxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppegårdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangevågberlevågkristiansandxn--rsta-frahornindalstjørdalshalsenstjordalshalsensandnessjoenhámmárfeastaxn--lrdal-srasør-fronsor-fronnord-odalkristiansundmátta-várjjatvestvågøynesoddennotoddenbuskerudøygardenoygardensalangenlavangenralingenrælingenlodingenlødingenleaŋgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadhægebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomoårekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-hølandxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorimāoriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobooktnasheimdnseero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfaniptimemywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintabontopleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitdeedprodomgspdnscodebergheyflowstatichostlinkyhostmymagicblacktopsorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaxportorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5is-agitpagewawamscofigma-govgreybullcaffeinefigmacanvaceerosoltstscwputernippybarsywirechunksupportchatgptsquareomniweopensocialcpanelplaycodefusebasenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderarunableagentalorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusdeepdynamicxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsrunableschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopno-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-byservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerpubatomsorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropseurekatritonstackitlimazeropsaccoorgmilgovяспборгкоммскбизмирсамаракрымсочиакодпроргобрупрצהלממשלישובאקדמיהองค์กรธุรกิจรัฐบาลศึกษาทหารเน็ต教育網絡組織公司政府個人닷넷한국澳门新闻澳門联通家電嘉里招聘通販닷컴삼성コムგეбгрфеюadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzazελευ世界台灣购物公益点看臺灣网络書籍在线网站手机机构大拿游戏信息台湾谷歌慈善商标香港中国餐厅网址中國商城食品微博政务移动集团公司八卦商店健康网店政府时尚佛山中信娱乐广东企业homedepotengineeringاماراتrepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf亚马逊淡马锡alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxiみんなストアセールcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9cקוםհայоргсрбмонкомбелмкдқазрусукрمصرقطرعربكومdadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolarລາວคอมไทยtourslocusnexuslexusgiftsbeatsboatspartspressglassswissकॉमनेटtiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparisファッションworkssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday中文网xn--unup4y天主教飞利浦新加坡enterprises我爱你嘉里大酒店christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbankكاثوليكxn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbankپاكستانپاکستانnextdirectالسعوديهالعليانxn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownloadمليسياxn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7gஇலங்கைcontractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmartഭാരതംsupportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrimмоскваالسعودیةcoffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspaceонлайнvermögensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltiendaभारतम्africatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburgفلسطينlplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstreamభారత్unicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearchالاردنmarketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzukiアマゾンクラウドポイントbhartiグーグルxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgmابوظبيdiscoverreviewবাংলাxn--5su34j936bgsgmoscowobserverapartmentsдетиارامكوсайтeurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0hتونسموقعبارتڀارتشبكةعمانبيتكعراقreadkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilipsලංකාಭಾರತfitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcvermögensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56aভাৰতভারতभारतभारोतviajeshermeshughesxn--j1aefसंगठनvillasଭାରତclaimshotelsભારતzapposphotosjuegoscondostatamotorsgratistennisਭਾਰਤtkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b電訊盈科xn--gecrj9cstatefarmaccountantaquarelleolayangroup香格里拉xn--p1ai组织机构xn--1ck2e1bxn--mgbt3dhdschwarzموريتانياabudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsuالسعوديةstcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundationישראלxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrxالبحرينdiamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fhкатоликcaravanசிங்கப்பூர்richardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchenஇந்தியாweatherchannelallfinanzxn--kput3iالسعودیۃxn--90aisxn--efvy88hالجزائرxn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammxبازاربھارتسوريةorganicfreseniusسورياxn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082fاليمنهمراهpolitieسودانايرانایرانnetflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigitalالمغربbarcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
	String.prototype.charCodeAt;
	const numberOfNodes = nodeFlags.length;
	const numberOfEdges = edgeLength.length;
	const edgeOffset = new Uint32Array(numberOfEdges);
	const edgeHash = new Uint32Array(numberOfEdges);
	const wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
	for (let node = 0, offset = 0; node < numberOfNodes; node += 1) for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
		edgeOffset[edge] = offset;
		const end = offset + edgeLength[edge];
		let hash = 5381;
		for (let i = end - 1; i >= offset; i -= 1) hash = hash * 33 ^ labelText.charCodeAt(i);
		edgeHash[edge] = hash >>> 0;
		if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) wildcardEdge[node] = edge;
		offset = end;
	}
})))();
// src/registry/manifest.ts
const MEDIA_TYPES = {
	ociIndex: "application/vnd.oci.image.index.v1+json",
	dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
	ociManifest: "application/vnd.oci.image.manifest.v1+json",
	dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
};
[
	MEDIA_TYPES.ociIndex,
	MEDIA_TYPES.dockerManifestList,
	MEDIA_TYPES.ociManifest,
	MEDIA_TYPES.dockerManifest
].join(", ");
MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList;
process.getuid?.();
// src/engine/scan.ts
/** Run one task; what a pool worker does with each message. */
function runTask(task, ctx) {
	return task.kind === "plan" ? planEntry(task.entry, ctx, task.finish) : finishEntry(task.job, ctx.settings);
}
/**
* Kinds and keys whose locators parse YAML held in strings (Argo CD `helm.values`, k3s `valuesContent`)
* with `yaml`: files that mention them are planned in a worker when there is one.
*/
const EMBEDDED_VALUES = /HelmRelease|HelmChart|Application|valuesInline|valuesObject|valuesContent/;
/**
* Read and plan one file; runs the same in this thread and in a worker. Edits are verified at once,
* and, with `finish`, a file whose edits are final is finished (written, or its texts kept) too.
*/
function planEntry(entry, ctx, finish) {
	const read = readEntry(entry, ctx.settings.limits.maxFileSize);
	if (!read.ok) {
		if (entry.role === "chart") return {
			kind: "ok",
			plan: emptyPlan()
		};
		return {
			kind: "error",
			result: fileError(entry.file, read.message, read.line)
		};
	}
	if (!mayHoldImage(read.text, entry.role, ctx.prefilter)) return {
		kind: "ok",
		plan: emptyPlan()
	};
	if (entry.role === "template" || entry.role === "chart" && read.text.includes("artifacthub.io/images") || EMBEDDED_VALUES.test(read.text));
	const chart = entry.role === "helm-values" ? readChart(dirname(entry.path)) : void 0;
	if (chart && entry.valuesBy === "chart") {
		const learned = readLearnedCompositions(dirname(entry.path), cwdOf(entry), ctx.settings, ctx.specs, (r) => ctx.resolver.resolve(r));
		if (learned.length > 0) chart.compositions = [...chart.compositions ?? [], ...learned];
	}
	const templates = entry.role === "template" && entry.chart ? readChartTemplates(entry.chart, cwdOf(entry), ctx.settings, ctx.specs) : void 0;
	let plan;
	try {
		plan = planFile(entry.file, read.text, entry.role, ctx, chart, entry.valuesBy, templates);
	} catch (e) {
		if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
		noteStackExhausted();
		const message = `${entry.file} nests collections too deeply to be scanned; it is skipped (limits.maxDepth).`;
		return {
			kind: "error",
			result: fileError(entry.file, message)
		};
	}
	if (!plan.editable) return {
		kind: "ok",
		plan
	};
	if (plan.edits.length === 0) return plan.kustomization ? {
		kind: "ok",
		plan,
		fingerprint: fingerprint(read.text)
	} : {
		kind: "ok",
		plan
	};
	const after = applyEdits(read.text, plan.edits);
	const problem = verify(entry.role, read.text, after, plan.documents, plan.template, ctx.holdsImages) ?? "";
	if (finish && !finish.hold && plan.flattened.length === 0) {
		const finished = complete(entry, read.text, after, problem, finish);
		const written = ownersOf(plan);
		return {
			kind: "ok",
			plan: {
				...plan,
				edits: [],
				editFindings: [],
				written
			},
			finished
		};
	}
	return {
		kind: "ok",
		plan,
		fingerprint: fingerprint(read.text),
		problem
	};
}
/** The folder an entry's relative name is relative to. */
function cwdOf(entry) {
	const { path, file } = entry;
	return path.endsWith(file) && !file.startsWith("..") ? path.slice(0, path.length - file.length) : process.cwd();
}
/** A walked file's text; a file another file named is read confined to its folder. */
function readEntry(entry, maxSize) {
	if (entry.confinedTo === void 0) return readTextSync(entry.path, entry.file, maxSize);
	const read = readConfinedSync(entry.path, {
		roots: [entry.confinedTo],
		label: entry.file,
		what: "values file",
		maxSize,
		raiseHint: "raise limits.maxFileSize"
	});
	return read.ok ? {
		ok: true,
		text: read.text
	} : {
		ok: false,
		message: read.message,
		line: read.line
	};
}
/** The chart beside a Helm values file (Chart.yaml, with Chart.lock / requirements.yaml), if readable. */
function readChart(dir) {
	const text = (name) => {
		const path = join$1(dir, name);
		if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() !== false) return void 0;
		const r = readTextSync(path, name, 1048576);
		return r.ok ? r.text : void 0;
	};
	const chartYaml = text("Chart.yaml") ?? text("Chart.yml");
	if (chartYaml === void 0) return void 0;
	const one = (t) => {
		if (t === void 0) return void 0;
		const docs = parseDocuments(t);
		return docs.length === 1 ? docs[0] : void 0;
	};
	return chartInfoOf([
		one(chartYaml),
		one(text("Chart.lock")),
		one(text("requirements.yaml"))
	]);
}
/**
* What tells the text a plan was made for from a changed one: its length and SHA-1 (guards against a
* file edited during the scan, not against an adversary). Over the 7,500 files of the scale-50 bench
* tree the one-shot `crypto.hash` (Node 20.12+) took 7 ms, `createHash` 10–16 ms, the FNV-style loop in
* JavaScript it replaces 16–26 ms.
*/
function fingerprint(text) {
	const digest = oneShotHash ? oneShotHash("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64");
	return `${text.length}:${digest}`;
}
const oneShotHash = crypto.hash;
/**
* Apply a file's edits in one linear pass, verify the result by parsing it again and write it
* atomically. The file is read again (texts are not kept between the passes) and left alone when it
* changed since it was planned.
*/
function finishEntry(job, settings) {
	const { file } = job.entry;
	const read = readEntry(job.entry, settings.limits.maxFileSize);
	if (!read.ok) return {
		changed: false,
		findings: [fileFinding(file, "file-error", read.message)]
	};
	const text = read.text;
	if (fingerprint(text) !== job.fingerprint) return {
		changed: false,
		findings: [fileFinding(file, "file-error", `${file} changed while it was being scanned, so it was not rewritten; run mirrorize again.`)]
	};
	const after = applyEdits(text, job.edits);
	return complete(job.entry, text, after, job.problem ?? verify(job.entry.role, text, after, job.documents, job.template, holdsImagesFor(settings)) ?? "", job);
}
/** Finish a file whose edited text is `after` and verified (`problem` is "" when it passed). */
function complete(entry, text, after, problem, options) {
	const { file } = entry;
	if (problem) return {
		changed: false,
		findings: [fileFinding(file, "unsafe-edit", `${file} was not changed: ${problem}`)]
	};
	const outcome = {
		changed: true,
		findings: []
	};
	if (options.keepText) {
		outcome.before = text;
		outcome.after = after;
	}
	if (options.write) outcome.write = after;
	return outcome;
}
/** The findings that own an edit of the plan. */
function ownersOf(plan) {
	return [...new Set(plan.editFindings.flat())];
}
/**
* Re-parse the edited text: it must parse cleanly into as many documents as before (YAML), or into
* the same instructions (a Dockerfile). A Go template is parsed with its actions masked, and may not
* have more documents with YAML errors than before.
*/
function verify(role, before, after, documents, template, holdsImages) {
	if (template) {
		const masked = parseMasked(maskTemplate(after).masked);
		if (masked.length !== documents) return "the edit changed the number of YAML documents (a bug; please report it)";
		if (masked.filter((d) => d.errors.length > 0).length > template.errors) return "the edited template did not read as YAML again (a bug; please report it)";
		return;
	}
	const format = formatOf(role);
	if (format.kind === "text") return format.shape(after) === format.shape(before) ? void 0 : "the edit changed the file's instructions (a bug; please report it)";
	const masked = format.mask ? format.mask(after) : after;
	const docs = parseDocuments(masked, void 0, role === "manifest" ? imagelessRanges(masked, holdsImages) : []);
	if (docs.length !== documents) return "the edit changed the number of YAML documents (a bug; please report it)";
	if (docs.some((d) => d.errors.length > 0)) return "the edited text did not parse again (a bug; please report it)";
}
function emptyPlan() {
	return {
		findings: [],
		edits: [],
		editFindings: [],
		references: 0,
		flattened: [],
		editable: true,
		documents: 0
	};
}
function fileFinding(file, kind, message, line = 1) {
	return {
		file,
		line,
		column: 1,
		endLine: line,
		endColumn: 1,
		field: "",
		kind,
		severity: "error",
		message
	};
}
function fileError(file, message, line) {
	return {
		file,
		findings: [fileFinding(file, "file-error", message, line)],
		changed: false,
		references: 0
	};
}
// src/engine/worker.ts
/**
* The loop of an engine pool worker: build the planning context from the settings (each worker has its
* own resolver), then run the tasks of each batch the pool sends, in order, and answer the batch. The
* task running (and since when) is kept in memory shared with the pool, for its watchdog and its
* post-mortem.
*/
function runPoolWorker() {
	const port = parentPort;
	if (!port) throw new Error("runPoolWorker() must run in a worker thread.");
	const data = workerData[WORKER_FLAG];
	const init = data.init;
	const { progress, epoch } = data;
	const ctx = planContext(init.settings, createResolver(init.settings), init.mode, init.resolutions);
	const crashTest = testCrashHook();
	let retiring = false;
	port.on("message", (msg) => {
		if (retiring) return;
		const answers = [];
		for (const { id, task } of msg.jobs) {
			if (wasStackExhausted()) {
				retiring = true;
				break;
			}
			Atomics.store(progress, 1, Date.now() - epoch);
			Atomics.store(progress, 0, id);
			try {
				crashTest?.(task);
				answers.push({
					id,
					result: runTask(task, ctx)
				});
			} catch (e) {
				const error = e;
				answers.push({
					id,
					error: {
						message: error?.message ?? String(e),
						stack: error?.stack
					}
				});
			}
		}
		Atomics.store(progress, 0, -1);
		retiring ||= wasStackExhausted();
		port.postMessage(retiring ? {
			answers,
			retire: true
		} : { answers });
	});
	port.postMessage({ ready: true });
}
/**
* Test-only: with MIRRORIZE_TEST_CRASH_MARKER=M set, a worker planning a file whose text contains
* `M:exit` exits at once (as after a fatal parser error), and one containing `M:hang` never returns (as
* on input that is too slow to parse). Without the variable this costs nothing.
*/
function testCrashHook() {
	const marker = process.env.MIRRORIZE_TEST_CRASH_MARKER;
	if (!marker) return void 0;
	return (task) => {
		if (task.kind !== "plan") return;
		let text = "";
		try {
			text = readFileSync(task.entry.path, "utf8");
		} catch {}
		if (text.includes(`${marker}:exit`)) process.exit(86);
		if (text.includes(`${marker}:hang`)) for (;;);
	};
}
// src/engine/worker-main.ts
runPoolWorker();
export {};
