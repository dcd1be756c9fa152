package org.budgetflow.testing;

import org.aopalliance.intercept.MethodInterceptor;
import org.budgetflow.BudgetFlowApplication;
import org.budgetflow.workflow.store.PublicationFileStore;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;

/**
 * The application as a separate operating-system process, for the crash test of 公开. With the system property
 * {@code budgetflow.test.halt-at=FILE} the process halts — no shutdown hook, no rollback, no goodbye, as a power cut or
 * {@code kill -9} would end it — at the moment the publication of that file is being written, in the middle of the
 * publication's database transaction.
 */
public final class PublicationCrashApp {
    /** The exit status of the halted process. */
    public static final int HALTED = 86;

    private PublicationCrashApp() {
    }

    public static void main(String[] args) {
        String haltAt = System.getProperty("budgetflow.test.halt-at");
        SpringApplication application = new SpringApplication(BudgetFlowApplication.class);
        if (haltAt != null && !haltAt.isBlank()) {
            application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(haltingAt(haltAt)));
        }
        application.run(args);
    }

    private static BeanPostProcessor haltingAt(String fileName) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof PublicationFileStore)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    if (call.getMethod().getName().equals("add")
                            && call.getArguments()[3] instanceof PublicationFileStore.PublishedFile file
                            && file.fileName().equals(fileName)) {
                        System.err.println("Halting while storing " + fileName);
                        Runtime.getRuntime().halt(HALTED);
                    }
                    return call.proceed();
                });
                return proxy.getProxy();
            }
        };
    }
}
