console.log("mirrorize");
