package dev.refsync.mappings.mapper;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Computed values for mapping files (DESIGN 6): SpEL evaluated in a {@link
 * SimpleEvaluationContext#forReadOnlyDataBinding()} context, which has no type locator (so {@code
 * T(java.lang.Runtime)} fails), no constructors, no bean references, no method calls and no
 * assignment. The record is the root object, as maps and lists: index it, {@code
 * #root['properties']['firstname']}.
 */
public final class SandboxedExpressions {
  private static final ExpressionParser PARSER = new SpelExpressionParser();
  private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();

  private SandboxedExpressions() {}

  /** The parse error of an expression, or empty when it parses. */
  public static Optional<String> parseError(String expression) {
    try {
      PARSER.parseExpression(expression);
      return Optional.empty();
    } catch (ParseException | IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Evaluates an expression.
   *
   * @param expression a validated expression
   * @param record the vendor record as maps, lists and scalars (the root object)
   * @param value the {@code from} value, bound as {@code #value}; may be null
   * @throws ExpressionFailedException when evaluation fails (including any attempt to reach Java)
   */
  public static Object evaluate(String expression, Object record, Object value) {
    EvaluationContext context =
        SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(record).build();
    context.setVariable("value", value);
    try {
      return CACHE.computeIfAbsent(expression, PARSER::parseExpression).getValue(context);
    } catch (EvaluationException | ParseException e) {
      throw new ExpressionFailedException(e.getMessage(), e);
    }
  }

  /** An expression failed to evaluate; the caller reports it against the field being mapped. */
  public static final class ExpressionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExpressionFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
