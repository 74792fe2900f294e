/**
 * What the command side's domain needs to say no: a {@link org.allianceledger.platform.domain.Refused} command with
 * a stable {@link org.allianceledger.platform.domain.RefusalCode}, and nothing of HTTP or Spring; the web layer's
 * ProblemHandler alone answers each code with its status.
 */
package org.allianceledger.platform.domain;
