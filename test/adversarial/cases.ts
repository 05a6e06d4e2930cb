import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * The adversarial inputs, generated at test time into a temporary tree (nothing big is committed).
 * Each case writes its bad input into `root`, beside the good files every tree has (see GOOD_FILES),
 * and says what each bad file must get from `mirrorize fix --format json`.
 */

/** A tree under test: the scanned root, and a folder beside it that must never be read or written. */
export interface Tree {
  root: string;
  outside: string;
}

/** What one bad file must get. */
export type Expectation =
  /** Exactly one finding of this kind whose message matches (and names the file), at `line` if given. */
  | { file: string; kind: string; message: RegExp; line?: number }
  /** No finding at all: the input is odd but valid and holds nothing to rewrite. */
  | { file: string; none: true }
  /**
   * Valid input that needs a slow, large parse: no finding, or exactly one `file-error` saying it could
   * not be scanned within the resources given (the time limit, or the parser's memory). Whether and
   * which depends on the machine's speed and memory, never on correctness: the test asserts the
   * behaviour (reported once, the file untouched, the good files fixed), not which limit fired.
   */
  | { file: string; noneOr: RegExp }
  /** A valid file with an image: fixed to exactly `after`, with one rewrite at `line`:`column`. */
  | { file: string; after: string; line: number; column: number };

export interface AdversarialCase {
  name: string;
  /** Write the bad input into the tree; what each bad file must get. */
  build(tree: Tree): Expectation[];
  /** Path arguments of `fix` (default `.`); the good files must be among them. */
  paths?: (tree: Tree) => string[];
  /** A `.mirrorize.yaml` for the root. */
  config?: string;
  /** Make the bad input unreadable to the CLI (chmod 000; as root the CLI then runs as nobody). */
  unreadable?: string;
  /** Extra environment of the CLI. */
  env?: Record<string, string>;
}

const POD_HEAD =
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n";

/** The files every tree has, all of which `fix` rewrites. */
export const GOOD_FILES: Record<string, string> = {
  "apps/deploy.yaml": [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: web # the front end",
    "spec:",
    "  template:",
    "    spec:",
    "      initContainers:",
    "        - name: init",
    "          image: busybox:1.36",
    "      containers:",
    "        - name: web",
    '          image: "quay.io/prometheus/node-exporter:v1.8.0"',
    "",
  ].join("\n"),
  "apps/kustomization.yaml": "resources:\n  - deploy.yaml\nimages:\n  - name: redis\n    newTag: 7.2.4\n",
  "chart/Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.0.0\n",
  "chart/values.yaml": "image:\n  repository: ghcr.io/example/app\n  tag: v2.1.0\n",
};

/** Where the good files are, as path arguments. */
export const GOOD_PATHS = ["apps", "chart"];

const write = (tree: Tree, file: string, content: string | Buffer) => {
  const path = join(tree.root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};

const LIMIT = /\blimits\.(maxDepth|maxDocuments|maxFileSize|timePerFile)\b/;
const TOO_DEEP = /nest(?:s|ed|ing)? .*deeper than 256 levels.*limits\.maxDepth/;
/** Out of the resources a file may take: the time limit or the parser's memory (machine-dependent). */
const OVER_RESOURCES =
  /took longer than \d+ ms to scan \(limits\.timePerFile\)|could not be scanned: the YAML parser (?:ran out of memory|stopped)/;

/** `x: [[[...]]]` with `depth` levels, on line 9 of a Pod (after POD_HEAD). */
const deepFlowSeq = (depth: number) => `${POD_HEAD}x: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;

/** The billion laughs: nine levels of nine aliases each (9^9 nodes once expanded). */
function aliasBomb(): string {
  const lines = [POD_HEAD.trimEnd(), 'x0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `x${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(",")}]`,
    );
  return `${lines.join("\n")}\n`;
}

export const CASES: AdversarialCase[] = [
  {
    name: "deeply nested flow sequences (10^5 levels)",
    build: (t) => {
      write(t, "deep-flow-seq.yaml", deepFlowSeq(100_000));
      return [{ file: "deep-flow-seq.yaml", kind: "file-error", message: TOO_DEEP, line: 9 }];
    },
  },
  {
    name: "deeply nested flow maps (10^5 levels)",
    build: (t) => {
      write(t, "deep-flow-map.yaml", `${POD_HEAD}x: ${"{a: ".repeat(100_000)}1${"}".repeat(100_000)}\n`);
      return [{ file: "deep-flow-map.yaml", kind: "file-error", message: TOO_DEEP, line: 9 }];
    },
  },
  {
    name: "deeply nested block sequences (10^5 levels, compact `- - -`)",
    build: (t) => {
      write(t, "deep-block-seq.yaml", `${POD_HEAD}x:\n${"- ".repeat(100_000)}1\n`);
      return [{ file: "deep-block-seq.yaml", kind: "file-error", message: TOO_DEEP, line: 10 }];
    },
  },
  {
    name: "deeply nested block maps (10^5 levels, compact `? ? ?` keys)",
    build: (t) => {
      write(t, "deep-block-key.yaml", `${POD_HEAD}x:\n  ${"? ".repeat(100_000)}a\n`);
      return [{ file: "deep-block-key.yaml", kind: "file-error", message: TOO_DEEP, line: 10 }];
    },
  },
  {
    name: "deeply nested block maps by indentation (3,000 levels, 4.5 MB)",
    build: (t) => {
      const lines = [POD_HEAD.trimEnd(), "x:"];
      for (let i = 1; i <= 3000; i++) lines.push(`${" ".repeat(i)}k:`);
      write(t, "deep-indent.yaml", `${lines.join("\n")} 1\n`);
      return [{ file: "deep-indent.yaml", kind: "file-error", message: TOO_DEEP }];
    },
  },
  {
    // aesthetics.md §5.3: a 20,000-deep input parsed after a 5,000-deep one in the same process
    // aborted Node with an uncatchable V8 out-of-memory (rc 134): worker threads do not contain that.
    name: "deep inputs one after another (5,000, 20,000 and 10^5 levels: the V8 abort of §5.3)",
    build: (t) => {
      const expect: Expectation[] = [];
      for (const [i, depth] of [5000, 20_000, 100_000].entries()) {
        write(t, `deep-${i}.yaml`, deepFlowSeq(depth));
        expect.push({ file: `deep-${i}.yaml`, kind: "file-error", message: TOO_DEEP, line: 9 });
      }
      return expect;
    },
  },
  {
    // The parser's stack runs out on deep input the limits let through (here: raised very high). The
    // worker that parsed it must be replaced before it parses again: without that, these very files
    // make V8 abort the whole run ("RegExpCompiler Allocation failed", rc 134, §5.3). One worker, so
    // that the files meet the same thread.
    name: "deep inputs past a raised limits.maxDepth, in one worker (the parser's stack runs out)",
    config: "preset: daocloud\nlimits:\n  maxDepth: 1000000\n",
    env: { MIRRORIZE_WORKERS: "1" },
    build: (t) => {
      const expect: Expectation[] = [];
      for (const [i, depth] of [20_000, 20_000, 30_000].entries()) {
        write(t, `deep-${i}.yaml`, `image: ${"[".repeat(depth)}${"]".repeat(depth)}\n`);
        const message = /nests collections too deeply for the YAML parser.*limits\.maxDepth/;
        expect.push({ file: `deep-${i}.yaml`, kind: "file-error", message, line: 1 });
      }
      return expect;
    },
  },
  {
    // Helm values embedded in a string (k3s HelmChart valuesContent) are parsed too: the limits hold
    // for them, so such text never reaches the parser (which it would run out of stack).
    name: "deep nesting inside embedded Helm values (k3s HelmChart valuesContent), twice in one worker",
    env: { MIRRORIZE_WORKERS: "1" },
    build: (t) => {
      const chart = (depth: number) =>
        [
          "apiVersion: helm.cattle.io/v1",
          "kind: HelmChart",
          "metadata: {name: x}",
          "spec:",
          "  valuesContent: |",
          "    image: nginx:1.25",
          `    x: ${"[".repeat(depth)}${"]".repeat(depth)}`,
          "",
        ].join("\n");
      write(t, "embedded-0.yaml", chart(20_000));
      write(t, "embedded-1.yaml", chart(20_000));
      return [
        { file: "embedded-0.yaml", none: true },
        { file: "embedded-1.yaml", none: true },
      ];
    },
  },
  {
    name: "alias bomb (billion laughs)",
    build: (t) => {
      write(t, "bomb.yaml", aliasBomb());
      return [{ file: "bomb.yaml", kind: "file-error", message: /aliases? .*(expand|bomb)/i, line: 16 }];
    },
  },
  {
    name: "a 50 MB single-line file",
    build: (t) => {
      write(t, "huge.yaml", `image: ${"a".repeat(50 * 1024 * 1024)}`);
      return [{ file: "huge.yaml", kind: "file-error", message: /50\.0 MiB.*limits\.maxFileSize/ }];
    },
  },
  {
    name: "a stream of 20,000 documents",
    build: (t) => {
      write(t, "stream.yaml", `${POD_HEAD}---\n`.repeat(20_000));
      // Document 10,001 starts at the 10,000th `---` (each Pod and its marker are 9 lines).
      return [
        {
          file: "stream.yaml",
          kind: "file-error",
          message: /more than 10000 YAML documents.*limits\.maxDocuments/,
          line: 90_000,
        },
      ];
    },
  },
  {
    name: "200,000 keys in one map",
    build: (t) => {
      const keys = Array.from({ length: 200_000 }, (_, i) => `k${i}: v${i}`).join("\n");
      // The comment makes sure the file is parsed (a file without the word image can be skipped unread).
      write(t, "keys.yaml", `# image settings\ndata:\n${keys.replace(/^/gm, "  ")}\n`);
      return [{ file: "keys.yaml", noneOr: OVER_RESOURCES }];
    },
  },
  {
    name: "NUL bytes",
    build: (t) => {
      write(t, "nul.yaml", Buffer.from(`${POD_HEAD}x: a\u0000b\n`));
      return [{ file: "nul.yaml", kind: "file-error", message: /NUL bytes/, line: 9 }];
    },
  },
  {
    name: "invalid UTF-8",
    build: (t) => {
      const bytes = Buffer.concat([Buffer.from(`${POD_HEAD}x: caf`), Buffer.from([0xe9, 0x0a])]);
      write(t, "latin1.yaml", bytes);
      return [{ file: "latin1.yaml", kind: "file-error", message: /not valid UTF-8/, line: 9 }];
    },
  },
  {
    name: "UTF-16 with a BOM (little- and big-endian)",
    build: (t) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POD_HEAD, "utf16le")]);
      const be = Buffer.from(le);
      be.swap16();
      write(t, "utf16le.yaml", le);
      write(t, "utf16be.yaml", be);
      return [
        { file: "utf16le.yaml", kind: "file-error", message: /UTF-16/ },
        { file: "utf16be.yaml", kind: "file-error", message: /UTF-16/ },
      ];
    },
  },
  {
    name: "CRLF + BOM + no final newline (valid: fixed byte for byte)",
    build: (t) => {
      const crlf =
        "\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata: {name: p}\r\nspec: {containers: [{name: a, image: nginx:1.25}]}";
      // The image on line 1, after the BOM: the column must not count the BOM.
      const line1 =
        "\uFEFF{apiVersion: v1, kind: Pod, spec: {containers: [{image: nginx:1.25, name: a}]}}\r\n";
      write(t, "crlf-bom.yaml", crlf);
      write(t, "bom-line1.yaml", line1);
      const to = "docker.m.daocloud.io/library/nginx:1.25";
      return [
        {
          file: "crlf-bom.yaml",
          after: crlf.replace("nginx:1.25", to),
          line: 4,
          column: "spec: {containers: [{name: a, image: ".length + 1,
        },
        {
          file: "bom-line1.yaml",
          after: line1.replace("nginx:1.25", to),
          line: 1,
          column: "{apiVersion: v1, kind: Pod, spec: {containers: [{image: ".length + 1,
        },
      ];
    },
  },
  {
    name: "tabs as indentation",
    build: (t) => {
      write(t, "tabs.yaml", POD_HEAD.replace("      image:", "\t\timage:"));
      return [{ file: "tabs.yaml", kind: "parse-error", message: /YAML error/, line: 8 }];
    },
  },
  {
    name: "duplicate keys",
    build: (t) => {
      write(t, "dup.yaml", POD_HEAD.replace("kind: Pod\n", "kind: Pod\nkind: Pod\n"));
      return [{ file: "dup.yaml", kind: "parse-error", message: /unique/, line: 3 }];
    },
  },
  {
    name: "an unterminated quote",
    build: (t) => {
      write(t, "quote.yaml", POD_HEAD.replace("image: nginx:1.25", 'image: "nginx:1.25'));
      return [{ file: "quote.yaml", kind: "parse-error", message: /YAML error/, line: 8 }];
    },
  },
  {
    name: "a JSON array of 10^6 numbers named .yaml",
    build: (t) => {
      const numbers = JSON.stringify(Array.from({ length: 1_000_000 }, (_, i) => i));
      // The comment makes sure the file is parsed (a file without the word image can be skipped unread).
      write(t, "numbers.yaml", `# image list\n${numbers}\n`);
      return [{ file: "numbers.yaml", noneOr: OVER_RESOURCES }];
    },
  },
  {
    // The outcome a slow machine gives the two cases above (the parser's worker dying instead of the
    // time limit firing), made certain: the expectation is the same, whichever resource ran out.
    name: "a valid file whose parser dies (as when it runs out of memory)",
    env: { MIRRORIZE_TEST_CRASH_MARKER: "MIRRORIZE_DIE" },
    build: (t) => {
      write(t, "dies/Chart.yaml", "apiVersion: v2\nname: dies\nversion: 1.0.0\n");
      // A template to learn from sends the chart's values to a worker (where the test hook lives).
      write(
        t,
        "dies/templates/cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n",
      );
      write(t, "dies/values.yaml", "# MIRRORIZE_DIE:exit\nimage: nginx:1.25\n");
      return [{ file: "dies/values.yaml", noneOr: OVER_RESOURCES }];
    },
  },
  {
    name: "Go templates named .yaml (outside a chart, and in a chart's templates/)",
    build: (t) => {
      const template = [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        {{- range .Values.containers }}",
        "        - image: {{ .image }}",
        "        {{- end }}",
        "",
      ].join("\n");
      write(t, "templated.yaml", template);
      write(t, "chart/templates/deploy.yaml", template);
      // Read as templates (actions masked), never as YAML errors; the image built from an item of a
      // list nobody sets is reported where it is.
      const unknown = { kind: "unsafe-edit", message: /range over \.Values\.containers/, line: 8 };
      return [
        { file: "templated.yaml", ...unknown },
        { file: "chart/templates/deploy.yaml", ...unknown },
      ];
    },
  },
  {
    name: "a Chart.yaml with junk next to values.yaml",
    build: (t) => {
      write(t, "junk/Chart.yaml", Buffer.from("name: [\u0000\u00ff{{ .x }}\n\t- :", "latin1"));
      write(t, "junk/values.yaml", "image: registry.k8s.io/pause:3.9\n");
      return [
        { file: "junk/Chart.yaml", none: true },
        {
          file: "junk/values.yaml",
          after: "image: k8s.m.daocloud.io/pause:3.9\n",
          line: 1,
          column: 8,
        },
      ];
    },
  },
  {
    name: "a Chart.yaml that is a FIFO, or a symbolic link out of the tree (/etc/passwd, a file beside the root)",
    build: (t) => {
      mkdirSync(join(t.root, "fifo-chart"));
      execFileSync("mkfifo", [join(t.root, "fifo-chart/Chart.yaml")]);
      write(t, "fifo-chart/values.yaml", "image: registry.k8s.io/pause:3.9\n");
      mkdirSync(join(t.root, "passwd-chart"));
      symlinkSync("/etc/passwd", join(t.root, "passwd-chart/Chart.yaml"));
      write(t, "passwd-chart/values.yaml", "image: registry.k8s.io/pause:3.9\n");
      // One the test can tell was read (its atime): the file beside the root.
      mkdirSync(join(t.root, "outside-chart"));
      symlinkSync(join(t.outside, "secret.yaml"), join(t.root, "outside-chart/Chart.yaml"));
      write(t, "outside-chart/values.yaml", "image: registry.k8s.io/pause:3.9\n");
      const after = "image: k8s.m.daocloud.io/pause:3.9\n";
      return [
        { file: "fifo-chart/values.yaml", after, line: 1, column: 8 },
        { file: "passwd-chart/values.yaml", after, line: 1, column: 8 },
        { file: "outside-chart/values.yaml", after, line: 1, column: 8 },
      ];
    },
  },
  {
    name: "symbolic link loops",
    build: (t) => {
      symlinkSync("self.yaml", join(t.root, "self.yaml"));
      symlinkSync("pong.yaml", join(t.root, "ping.yaml"));
      symlinkSync("ping.yaml", join(t.root, "pong.yaml"));
      mkdirSync(join(t.root, "loop"));
      symlinkSync("..", join(t.root, "loop/up"));
      symlinkSync(".", join(t.root, "loop/here.yaml"));
      const loop = /symbolic link loop/;
      return [
        { file: "self.yaml", kind: "file-error", message: loop },
        { file: "ping.yaml", kind: "file-error", message: loop },
        { file: "pong.yaml", kind: "file-error", message: loop },
      ];
    },
  },
  {
    name: "a symbolic link to /etc/passwd, and one to a file beside the root",
    build: (t) => {
      symlinkSync("/etc/passwd", join(t.root, "passwd.yaml"));
      symlinkSync(join(t.outside, "secret.yaml"), join(t.root, "secret.yaml"));
      symlinkSync(t.outside, join(t.root, "outside-dir"));
      const out = /symbolic link .*outside/;
      return [
        { file: "passwd.yaml", kind: "file-error", message: out },
        { file: "secret.yaml", kind: "file-error", message: out },
      ];
    },
  },
  {
    name: "a FIFO named x.yaml",
    build: (t) => {
      execFileSync("mkfifo", [join(t.root, "x.yaml")]);
      return [{ file: "x.yaml", kind: "file-error", message: /not a regular file/ }];
    },
  },
  {
    name: "an unreadable file (chmod 000)",
    unreadable: "locked.yaml",
    build: (t) => {
      write(t, "locked.yaml", POD_HEAD);
      chmodSync(join(t.root, "locked.yaml"), 0);
      return [{ file: "locked.yaml", kind: "file-error", message: /permission denied/ }];
    },
  },
  {
    name: "path arguments that lead outside the repository through symbolic links",
    paths: () => [...GOOD_PATHS, "deploy", "link.yaml"],
    build: (t) => {
      symlinkSync(t.outside, join(t.root, "deploy"));
      symlinkSync(join(t.outside, "secret.yaml"), join(t.root, "link.yaml"));
      const out = /outside/;
      return [
        { file: "deploy", kind: "file-error", message: out },
        { file: "link.yaml", kind: "file-error", message: out },
      ];
    },
  },
  {
    name: "config globs that reach outside the root (files.include ../ and absolute)",
    config: 'preset: daocloud\nfiles:\n  include: ["**/*.yaml", "../outside/*.yaml", "/etc/passwd"]\n',
    build: (t) => {
      const out = /outside/;
      return [
        { file: relative(t.root, join(t.outside, "secret.yaml")), kind: "file-error", message: out },
        { file: relative(t.root, "/etc/passwd"), kind: "file-error", message: out },
      ];
    },
  },
];

/** Does this message say which limit to raise, when it is about a limit? */
export function namesLimit(message: string): boolean {
  return LIMIT.test(message);
}
