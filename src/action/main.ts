import * as core from "@actions/core";

core.info("mirrorize action: not implemented yet");
