package org.budgetflow.workflow.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the workflow's settings ({@code budgetflow.workflow.*}). */
@Configuration
@EnableConfigurationProperties(WorkflowSettings.class)
public class WorkflowConfiguration {
}
