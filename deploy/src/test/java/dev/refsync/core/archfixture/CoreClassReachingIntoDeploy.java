package dev.refsync.core.archfixture;

import dev.refsync.deploy.cli.RefsyncMain;

/**
 * A deliberate violation of the module rule, used only to prove that {@code
 * ModuleDependencyRuleTest} can fail. It lives in test sources so production classes never see it.
 */
public final class CoreClassReachingIntoDeploy {
  private CoreClassReachingIntoDeploy() {}

  public static String name() {
    return RefsyncMain.class.getSimpleName();
  }
}
